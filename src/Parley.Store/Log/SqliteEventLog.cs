using Microsoft.Data.Sqlite;

namespace Parley.Store;

/// <summary>
/// The append-only event log on SQLite: the single source of truth, with the projections derived from it stored alongside
/// and written in the same transactions. An append is acknowledged only once durable (WAL with <c>synchronous=FULL</c>).
/// </summary>
/// <remarks>
/// One connection serves writes (serialised by a lock); each streaming read opens its own read-only connection, which in
/// WAL mode sees a consistent snapshot and neither blocks nor is blocked by the writer.
/// Split by operation: <c>.Open.cs</c>, <c>.Append.cs</c>, <c>.Read.cs</c>, <c>.Projections.cs</c>.
/// </remarks>
public sealed partial class SqliteEventLog : EventLogBase, IEventLog, ILedgerHost
{
    /// <summary>How long an operation waits for another connection's lock before <see cref="DatabaseLockedException"/>.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    private readonly SqliteConnection _connection;
    private readonly TimeSpan _busyTimeout;
    private readonly WriteCommands _commands;

    private SqliteEventLog(string path, SqliteConnection connection, TimeSpan busyTimeout, long lastSequence, long projectedThrough)
        : base(lastSequence, projectedThrough)
    {
        Path = path;
        _connection = connection;
        _busyTimeout = busyTimeout;
        _commands = new WriteCommands(connection);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public string Location => Path;

    /// <inheritdoc/>
    public IDisposable AcquireWriterLock(TimeSpan wait) => Domain.WriterLock.Acquire(Path, wait);

    /// <summary>The write connection, for the public record's writer (it runs inside the log's transactions).</summary>
    internal SqliteConnection Connection => _connection;

    System.Data.Common.DbConnection ILedgerHost.Connection => _connection;

    PublicRecord.RecordDatabase ILedgerHost.Record => new PublicRecord.SqliteRecordDatabase(Path);

    void ILedgerHost.AttachLedger(IAppendLedger ledger) => Attach(ledger);

    private protected override void Close()
    {
        _commands.Dispose();
        _connection.Dispose();
    }

    private StoreException Map(SqliteException e) => SqliteErrors.Map(e, Path, _busyTimeout);
}
