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
public sealed partial class SqliteEventLog : IEventLog, ILedgerHost
{
    /// <summary>How long an operation waits for another connection's lock before <see cref="DatabaseLockedException"/>.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly TimeSpan _busyTimeout;
    private readonly WriteCommands _commands;
    private long _lastSequence;
    private long _projectedThrough;
    private bool _disposed;
    private IAppendLedger? _ledger;

    private SqliteEventLog(string path, SqliteConnection connection, TimeSpan busyTimeout, long lastSequence, long projectedThrough)
    {
        Path = path;
        _connection = connection;
        _busyTimeout = busyTimeout;
        _lastSequence = lastSequence;
        _projectedThrough = projectedThrough;
        _commands = new WriteCommands(connection);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public string Location => Path;

    /// <inheritdoc/>
    public IDisposable AcquireWriterLock(TimeSpan wait) => Domain.WriterLock.Acquire(Path, wait);

    /// <summary>The sequence number of the last committed event; 0 when the log is empty.</summary>
    public long LastSequence => Interlocked.Read(ref _lastSequence);

    /// <summary>The write connection, for the public record's writer (it runs inside the log's transactions).</summary>
    internal SqliteConnection Connection => _connection;

    System.Data.Common.DbConnection ILedgerHost.Connection => _connection;

    PublicRecord.RecordDatabase ILedgerHost.Record => new PublicRecord.SqliteRecordDatabase(Path);

    /// <summary>
    /// Hooks the public record into every append: it sees each batch inside the transaction, before the commit
    /// (PublicRecord/LedgerAppender). At most one ledger per log.
    /// </summary>
    void ILedgerHost.AttachLedger(IAppendLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_ledger is not null)
            {
                throw new InvalidOperationException("a ledger is already attached to this log.");
            }
            _ledger = ledger;
        }
    }

    /// <summary>True when the public record is attached (every append also extends the Merkle tree).</summary>
    public bool HasLedger => _ledger is not null;

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            (_ledger as IDisposable)?.Dispose();
            _commands.Dispose();
            _connection.Dispose();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private StoreException Map(SqliteException e) => SqliteErrors.Map(e, Path, _busyTimeout);
}
