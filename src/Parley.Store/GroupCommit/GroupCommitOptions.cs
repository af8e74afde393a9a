namespace Parley.Store;

/// <summary>Tuning for <see cref="GroupCommitWriter{TRequest, TResult}"/>. Immutable.</summary>
public sealed record GroupCommitOptions
{
    /// <summary>The most requests decided and committed in one transaction; 1 to 1,000,000. Default 4096.</summary>
    public int MaxBatchSize { get; init; } = 4096;

    /// <summary>How many requests may wait in the queue before submitters wait too (back-pressure); at least 1. Default 65,536.</summary>
    public int QueueCapacity { get; init; } = 65_536;

    /// <summary>
    /// How long the writer may wait for the callers it just acknowledged to send their next request before it
    /// commits a smaller batch; 0 to 10 ms. Default 0: on a machine with few cores the wait spins on a core the
    /// callers need, and measured slower (bench `appends`: 28k against 35k events/s on 2 cores); worth trying
    /// where cores are plentiful and fsync is slow.
    /// </summary>
    public TimeSpan Linger { get; init; } = TimeSpan.Zero;
}
