namespace Parley.Store;

/// <summary>
/// The seam between Parley and the database that holds its record: the append-only, gapless event log with the
/// projections written in the same transaction as the events they come from. One implementation per kind of database
/// (<see cref="SqliteEventLog"/>, <see cref="Postgres.PostgresEventLog"/>); <see cref="EventLogs.Open(string, OpenMode)"/> picks one from
/// the <c>--db</c> value, and nothing above this interface knows which it got.
/// </summary>
public interface IEventLog : IDisposable
{
    /// <summary>Where the log lives, fit to show a user: a file path, or a PostgreSQL address without its password.</summary>
    string Location { get; }

    /// <summary>The sequence number of the last committed event; 0 when the log is empty.</summary>
    long LastSequence { get; }

    /// <summary>The last sequence number the stored projections reflect; 0 when none has been applied.</summary>
    long ProjectedThrough { get; }

    /// <summary>True when the public record is attached (every append also extends the Merkle tree).</summary>
    bool HasLedger { get; }

    /// <summary>
    /// Appends <paramref name="events"/> in order and runs <paramref name="project"/> against the same transaction, then
    /// commits; returns once the commit is durable. If anything throws, nothing is written.
    /// </summary>
    /// <returns>The sequence number of the last event in the log after the append.</returns>
    long AppendBatch(IReadOnlyList<EventToAppend> events, Action<IProjectionWriter>? project = null);

    /// <summary>
    /// Appends what <paramref name="decide"/> decides inside the append's own transaction, once the append lock is held:
    /// it is handed the turn (the last sequence number any writer committed, and the events up to it), so a writer that
    /// shares the database with other writers takes in their events before it decides, and nobody can append between
    /// its decision and its commit. Then as <see cref="AppendBatch"/>. If anything throws, nothing is written.
    /// </summary>
    /// <returns>The sequence number of the last event in the log after the append.</returns>
    long AppendDecided(Func<AppendTurn, DecidedBatch> decide);

    /// <summary>Streams the events from <paramref name="fromSequence"/> on, in sequence order, from a consistent snapshot.</summary>
    IEnumerable<StoredEvent> Read(long fromSequence = 1);

    /// <summary>
    /// Streams the events of the given wire names from <paramref name="fromSequence"/> on, in sequence order, from a
    /// consistent snapshot: the database skips the others, so a reader that needs a few kinds of events (the live broadcast
    /// on start) does not carry the whole log across.
    /// </summary>
    IEnumerable<StoredEvent> ReadOfTypes(long fromSequence, IReadOnlyCollection<string> types);

    /// <summary>Rebuilds every projection in one transaction (see <see cref="SqliteEventLog.ReplaceProjections"/>).</summary>
    void ReplaceProjections(Action<IProjectionWriter> writeAll);

    /// <summary>The committed document of <paramref name="kind"/> under <paramref name="key"/>, or null.</summary>
    byte[]? ReadProjection(string kind, string key);

    /// <summary>Streams every committed document of <paramref name="kind"/>, ordered by key (binary order).</summary>
    IEnumerable<(string Key, byte[] Body)> ReadProjections(string kind);

    /// <summary>Streams every committed document, ordered by kind then key.</summary>
    IEnumerable<(string Kind, string Key, byte[] Body)> ReadAllProjectionsOrdered();

    /// <summary>
    /// The newest state snapshot stored beside the projections, with this log's Merkle root at its version and the log's
    /// last erasure, for the reader to judge it by (Snapshots/StateSnapshots); null when there is none.
    /// </summary>
    Snapshots.StoredSnapshot? ReadNewestSnapshot();

    /// <summary>
    /// Stores a snapshot of the state after event <paramref name="version"/>, bound to this log by its Merkle root at that
    /// size, unless a snapshot as new is stored already or an erasure followed <paramref name="version"/>; keeps the
    /// newest two. Returns whether it was stored.
    /// </summary>
    bool WriteSnapshot(long version, int format, byte[] body);

    /// <summary>
    /// Takes the writer's lock of this database, waiting up to <paramref name="wait"/>; dispose the result to release it.
    /// On SQLite it is exclusive: one writer process (the in-memory state commands are decided against must be the only
    /// writer's). On PostgreSQL it is shared by every writer process (every node), each of which decides its batches in
    /// its <see cref="AppendTurn"/>, after the others' events; what must exclude all writers (a copy into the database)
    /// takes it exclusively.
    /// </summary>
    /// <exception cref="DatabaseLockedException">When another writer holds it (exclusively) for longer.</exception>
    IDisposable AcquireWriterLock(TimeSpan wait);
}
