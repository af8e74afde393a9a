using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Store.Postgres;

namespace Parley.Store.PublicRecord;

/// <summary>
/// What the public record's one implementation (LedgerAppender, TileHashReader, PublicLog, CosignatureStore) needs from
/// the database it lives in: its connections and the little SQL that differs between SQLite and PostgreSQL, kept here,
/// one subclass per store. Every other statement is shared ADO.NET text with <c>@name</c> parameters, which both
/// Microsoft.Data.Sqlite and Npgsql accept.
/// </summary>
internal abstract class RecordDatabase
{
    /// <summary>The database as shown to the user (a file path, or a PostgreSQL address without its password).</summary>
    public abstract string Location { get; }

    /// <summary>Whether the <c>cosignatures</c> table is there: a database no server opened before schema 2 may lack it.</summary>
    public abstract bool CosignaturesExist(DbConnection connection);

    /// <summary>A connection for reading the public record (proofs, tiles, checkpoints), open.</summary>
    public abstract DbConnection OpenReader();

    /// <summary>A connection for writing cosignatures (never the log's append connection), open.</summary>
    public abstract DbConnection OpenWriter();

    /// <summary>The store's exception for a database error the user can act on, or the error itself.</summary>
    public abstract Exception Map(DbException e);

    /// <summary>The record of the database a <c>--db</c> value names.</summary>
    public static RecordDatabase For(DatabaseAddress address) => address switch
    {
        SqliteDatabase file => new SqliteRecordDatabase(Path.GetFullPath(file.Path)),
        PostgresDatabase postgres => new PostgresRecordDatabase(postgres),
        _ => throw new ArgumentOutOfRangeException(nameof(address), address, "an address is an SQLite file or a PostgreSQL database."),
    };

    /// <summary>Runs <paramref name="open"/>, turning the errors a user can act on into the store's exceptions.</summary>
    protected T Mapped<T>(Func<T> open)
    {
        try
        {
            return open();
        }
        catch (DbException e) when (Map(e) is StoreException mapped)
        {
            throw mapped;
        }
    }
}

/// <summary>The public record in an SQLite file: a read-only connection for reads (WAL: it never blocks the writer).</summary>
internal sealed class SqliteRecordDatabase(string path) : RecordDatabase
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    public override string Location => path;

    public override bool CosignaturesExist(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'cosignatures';";
        return (long)command.ExecuteScalar()! > 0;
    }

    public override DbConnection OpenReader()
    {
        if (!File.Exists(path))
        {
            throw new DatabaseNotFoundException(path);
        }
        return Open(SqliteOpenMode.ReadOnly, connection =>
        {
            using var pragma = connection.CreateCommand();
            // Proofs read random tiles of a large file: map it rather than copy it page by page through read().
            pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768;";
            pragma.ExecuteNonQuery();
        });
    }

    public override DbConnection OpenWriter() => Open(SqliteOpenMode.ReadWrite, connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = CosignatureTable.Schema;
        command.ExecuteNonQuery();
    });

    public override Exception Map(DbException e) =>
        e is SqliteException sqlite && SqliteErrors.IsMapped(sqlite) ? SqliteErrors.Map(sqlite, path, BusyTimeout) : e;

    private SqliteConnection Open(SqliteOpenMode mode, Action<SqliteConnection> prepare)
    {
        var connection = new SqliteConnection(SqliteEventLog.ConnectionString(path, mode, (int)BusyTimeout.TotalSeconds));
        try
        {
            Mapped(() =>
            {
                connection.Open();
                prepare(connection);
                return connection;
            });
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}

/// <summary>The public record in a PostgreSQL database: its own connections (pooled by Npgsql), autocommit reads.</summary>
internal sealed class PostgresRecordDatabase(PostgresDatabase address) : RecordDatabase
{
    public override string Location => address.Display;

    public override bool CosignaturesExist(DbConnection connection) => true;

    public override DbConnection OpenReader() => Open();

    public override DbConnection OpenWriter() => Open();

    public override Exception Map(DbException e) =>
        e is NpgsqlException npgsql ? PostgresErrors.MapOrKeep(npgsql, address.Display) : e;

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(address.ConnectionString);
        try
        {
            Mapped(() =>
            {
                connection.Open();
                return connection;
            });
            // A database parley never opened has no public record to read: say so rather than fail on a missing table.
            using var command = new NpgsqlCommand($"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{PostgresSchema.VersionTable}';", connection);
            if ((long)command.ExecuteScalar()! == 0)
            {
                throw new DatabaseNotFoundException(address.Display);
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}

/// <summary>Shared ADO.NET helpers for the public record's statements (<c>@name</c> parameters on both stores).</summary>
internal static class RecordSql
{
    /// <summary>A command on <paramref name="connection"/> with typed parameters, kept and re-executed with new values.</summary>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Adds a parameter with its value (the provider infers the type).</summary>
    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A count or size as a long, whatever integer type the provider returns (0 for NULL).</summary>
    public static long Long(object? value) =>
        value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}
