using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Store.PublicRecord;

namespace Parley.Store.Copy;

/// <summary>
/// The database <c>parley copy</c> reads: opened as every command opens it (identity, schema version and, on SQLite, an
/// integrity check; an older schema is upgraded first), then read in one snapshot — a deferred read transaction on
/// SQLite (WAL: it neither waits for a running server nor stops it), a REPEATABLE READ, READ ONLY transaction on
/// PostgreSQL — so every table is read as it stood at one commit, even while the source is in use.
/// </summary>
internal sealed class CopySource : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    private CopySource(DatabaseAddress address, DbConnection connection, DbTransaction transaction, RecordDatabase record)
    {
        Location = address.Display;
        _connection = connection;
        _transaction = transaction;
        Rows = new RecordRows(connection, transaction, record.Map);
    }

    /// <summary>The source as shown to the user.</summary>
    public string Location { get; }

    /// <summary>The snapshot's rows.</summary>
    public RecordRows Rows { get; }

    /// <exception cref="DatabaseNotFoundException">There is no Parley database there.</exception>
    /// <exception cref="NotAParleyDatabaseException">It is another application's, or of a newer schema.</exception>
    /// <exception cref="DatabaseUnreachableException">PostgreSQL cannot be reached or refuses the credentials.</exception>
    public static CopySource Open(DatabaseAddress address)
    {
        using (EventLogs.Open(address, OpenMode.MustExist))
        {
        }
        var record = RecordDatabase.For(address);
        var connection = record.OpenReader();
        try
        {
            DbTransaction transaction;
            try
            {
                transaction = connection switch
                {
                    SqliteConnection sqlite => sqlite.BeginTransaction(deferred: true),
                    NpgsqlConnection postgres => ReadOnlySnapshot(postgres),
                    _ => throw new InvalidOperationException($"no snapshot for a {connection.GetType().Name}."),
                };
            }
            catch (DbException e) when (record.Map(e) is StoreException mapped)
            {
                throw mapped;
            }
            return new CopySource(address, connection, transaction, record);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }

    private static NpgsqlTransaction ReadOnlySnapshot(NpgsqlConnection connection)
    {
        var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        using var command = new NpgsqlCommand("SET TRANSACTION READ ONLY;", connection, transaction);
        command.ExecuteNonQuery();
        return transaction;
    }
}
