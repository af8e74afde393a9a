namespace Parley.Store;

/// <summary>
/// A writer's turn at the log: inside the append's transaction, once the log's append lock is held, so nothing can be
/// appended by anyone until this transaction ends. Carries the last sequence number committed by any writer (any
/// process, any node) and reads the events up to it, so that a writer that shares the database with others first takes
/// in what they appended and only then decides its batch (<see cref="IEventLog.AppendDecided"/>).
/// </summary>
public sealed class AppendTurn
{
    private readonly Func<long, long, IReadOnlyList<StoredEvent>> _read;

    internal AppendTurn(long lastSequence, Func<long, long, IReadOnlyList<StoredEvent>> read)
    {
        LastSequence = lastSequence;
        _read = read;
    }

    /// <summary>The sequence number of the last event in the log, read under the append lock.</summary>
    public long LastSequence { get; }

    /// <summary>The events after <paramref name="sequence"/> through <see cref="LastSequence"/>, in order; all committed.</summary>
    public IReadOnlyList<StoredEvent> EventsAfter(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        return sequence >= LastSequence ? [] : _read(sequence, LastSequence);
    }
}
