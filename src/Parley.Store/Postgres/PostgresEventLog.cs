using Npgsql;

namespace Parley.Store.Postgres;

/// <summary>
/// The append-only event log on PostgreSQL (15 or later): the same log, projections and meta as <see cref="SqliteEventLog"/>,
/// with the database enforcing what SQLite's triggers enforce (PostgresSchema). One connection serves writes, each in one
/// transaction that takes an advisory lock first, so the sequence stays gapless whichever process appends, and decides
/// its batch under that lock after reading what other writers (other nodes) appended (<see cref="AppendTurn"/>); each
/// commit notifies the channel <c>parley_log</c> of its last sequence number (<see cref="LogNotifications"/>). Reads use
/// pooled connections from the data source, each in a REPEATABLE READ snapshot.
/// Split by operation: <c>.Open.cs</c>, <c>.Append.cs</c>, <c>.Read.cs</c>.
/// </summary>
public sealed partial class PostgresEventLog : EventLogBase, IEventLog, ILedgerHost
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnection _connection;

    private PostgresEventLog(PostgresDatabase address, NpgsqlDataSource dataSource, NpgsqlConnection connection, long lastSequence, long projectedThrough)
        : base(lastSequence, projectedThrough)
    {
        Address = address;
        _dataSource = dataSource;
        _connection = connection;
    }

    /// <summary>The database this log lives in.</summary>
    public PostgresDatabase Address { get; }

    /// <inheritdoc/>
    public string Location => Address.Display;

    System.Data.Common.DbConnection ILedgerHost.Connection => _connection;

    PublicRecord.RecordDatabase ILedgerHost.Record => new PublicRecord.PostgresRecordDatabase(Address);

    void ILedgerHost.AttachLedger(IAppendLedger ledger) => Attach(ledger);

    /// <inheritdoc/>
    public IDisposable AcquireWriterLock(TimeSpan wait)
    {
        ThrowIfDisposed();
        var connection = OpenConnection();
        try
        {
            var deadline = DateTime.UtcNow + wait;
            while (true)
            {
                using (var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock_shared({PostgresSchema.WriterLockKey});", connection))
                {
                    if ((bool)command.ExecuteScalar()!)
                    {
                        // The lock is the session's: closing the connection releases it.
                        return connection;
                    }
                }
                if (DateTime.UtcNow >= deadline)
                {
                    throw new DatabaseLockedException(Location, wait);
                }
                Thread.Sleep(50);
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private protected override void Close()
    {
        _connection.Dispose();
        _dataSource.Dispose();
    }

    /// <summary>A pooled connection of this log's data source, with connection failures mapped.</summary>
    private NpgsqlConnection OpenConnection()
    {
        try
        {
            return _dataSource.OpenConnection();
        }
        catch (NpgsqlException e) when (PostgresErrors.Map(e, Location) is { } mapped)
        {
            throw mapped;
        }
    }

    internal static long Scalar(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
