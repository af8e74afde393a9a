namespace Parley.Store;

/// <summary>Tuning for <see cref="GroupCommitWriter{TRequest, TResult}"/>. Immutable.</summary>
public sealed record GroupCommitOptions
{
    /// <summary>The most requests decided and committed in one transaction; 1 to 1,000,000. Default 4096.</summary>
    public int MaxBatchSize { get; init; } = 4096;

    /// <summary>How many requests may wait in the queue before submitters wait too (back-pressure); at least 1. Default 65,536.</summary>
    public int QueueCapacity { get; init; } = 65_536;
}
