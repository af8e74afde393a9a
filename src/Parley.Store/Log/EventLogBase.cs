namespace Parley.Store;

/// <summary>
/// What the SQLite and the PostgreSQL event logs share, so that it is written once: the writer's gate, the cached last
/// sequence and projection mark, the public record's attachment (at most one ledger, told of each commit or rollback),
/// disposal, and the outline of an append — checked, under the gate, nothing to do for an empty batch, the rows in the
/// store's own transaction (<see cref="WriteBatch"/>), then the erased rows scrubbed from the file (<see cref="Scrub"/>).
/// </summary>
public abstract class EventLogBase : IDisposable
{
    private long _lastSequence;
    private long _projectedThrough;
    private bool _disposed;
    private IAppendLedger? _ledger;

    private protected EventLogBase(long lastSequence, long projectedThrough)
    {
        _lastSequence = lastSequence;
        _projectedThrough = projectedThrough;
    }

    /// <summary>The sequence number of the last committed event; 0 when the log is empty.</summary>
    public long LastSequence => Interlocked.Read(ref _lastSequence);

    /// <summary>The last sequence number the stored projections reflect; 0 when none has been applied.</summary>
    public long ProjectedThrough => Interlocked.Read(ref _projectedThrough);

    /// <summary>
    /// The last sequence and the projections' mark, as a log reads them on open: in one statement, so in one snapshot
    /// of the database. Read apart, a commit between the two reads (another node's, or the server's while a reader
    /// opens) made the projections look ahead of the log. The statement is the same on SQLite and PostgreSQL.
    /// </summary>
    private protected static (long LastSequence, long ProjectedThrough) ReadPosition(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE((SELECT MAX(seq) FROM events), 0), "
            + $"COALESCE((SELECT CAST(value AS BIGINT) FROM meta WHERE key = '{SqliteSchema.ProjectedThroughKey}'), 0);";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>True when the public record is attached (every append also extends the Merkle tree).</summary>
    public bool HasLedger => _ledger is not null;

    /// <summary>Serialises the writes (and the reads that share the write connection).</summary>
    private protected Lock Gate { get; } = new();

    /// <summary>The public record, when attached: it seals each batch inside the transaction, before the commit.</summary>
    private protected IAppendLedger? Ledger => _ledger;

    /// <summary>
    /// Appends <paramref name="events"/> in order and runs <paramref name="project"/> against the same transaction, then
    /// commits; returns once the commit is durable. If anything throws, the transaction rolls back and nothing is written.
    /// </summary>
    /// <returns>The sequence number of the last event in the log after the append.</returns>
    public long AppendBatch(IReadOnlyList<EventToAppend> events, Action<IProjectionWriter>? project = null)
    {
        EventToAppend.CheckBatch(events);
        if (events.Count == 0 && project is null)
        {
            lock (Gate)
            {
                ThrowIfDisposed();
                return LastSequence;
            }
        }
        var batch = new DecidedBatch(events, project);
        return AppendDecided(_ => batch);
    }

    /// <summary>
    /// Appends what <paramref name="decide"/> decides in the append's transaction, once the append lock is held (see
    /// <see cref="IEventLog.AppendDecided"/>).
    /// </summary>
    /// <returns>The sequence number of the last event in the log after the append.</returns>
    public long AppendDecided(Func<AppendTurn, DecidedBatch> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        lock (Gate)
        {
            ThrowIfDisposed();
            DecidedBatch? decided = null;
            var last = WriteBatch(turn =>
            {
                Observed(turn.LastSequence);
                decided = decide(turn) ?? throw new InvalidOperationException("the decision of an append turn must not be null.");
                EventToAppend.CheckBatch(decided.Events);
                return decided;
            });
            if (decided!.Events.Any(e => e.Erases is not null))
            {
                Scrub();
            }
            return last;
        }
    }

    public void Dispose()
    {
        lock (Gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            (_ledger as IDisposable)?.Dispose();
            Close();
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// In one transaction of the store's, under <see cref="Gate"/>: takes the append lock, reads the last sequence number
    /// under it and hands <paramref name="decide"/> the turn, then writes the rows of the batch it decided (sealed by
    /// <see cref="Ledger"/> when attached) and runs its projection writes; then <see cref="Committed"/>. Returns the last
    /// sequence number.
    /// </summary>
    private protected abstract long WriteBatch(Func<AppendTurn, DecidedBatch> decide);

    /// <summary>After a batch that erased private parts: removes what is left of them from the database's files.</summary>
    private protected abstract void Scrub();

    /// <summary>Closes the store's connections (once, under <see cref="Gate"/>, after the ledger).</summary>
    private protected abstract void Close();

    /// <summary>After a commit: the ledger told, then the cached counters moved.</summary>
    private protected void Committed(long lastSequence, long? projectedThrough)
    {
        _ledger?.Committed();
        Interlocked.Exchange(ref _lastSequence, lastSequence);
        if (projectedThrough is { } through)
        {
            Interlocked.Exchange(ref _projectedThrough, through);
        }
    }

    /// <summary>The last sequence number read under the append lock: events other writers committed count as committed here too.</summary>
    private void Observed(long lastSequence)
    {
        long known;
        while ((known = Interlocked.Read(ref _lastSequence)) < lastSequence && Interlocked.CompareExchange(ref _lastSequence, lastSequence, known) != known)
        {
        }
    }

    /// <summary>After a transaction that did not commit: the ledger forgets what it sealed in it.</summary>
    private protected void RolledBack() => _ledger?.RolledBack();

    /// <summary>Hooks the public record into every append (PublicRecord/LedgerAppender). At most one ledger per log.</summary>
    private protected void Attach(IAppendLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        lock (Gate)
        {
            ThrowIfDisposed();
            if (_ledger is not null)
            {
                throw new InvalidOperationException("a ledger is already attached to this log.");
            }
            _ledger = ledger;
        }
    }

    private protected void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
