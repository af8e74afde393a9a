using System.Data.Common;
using Microsoft.Data.Sqlite;
using Parley.Store.Domain;

namespace Parley.Store.Copy;

/// <summary>
/// An SQLite file as the target of <c>parley copy</c>: created (0600, Parley's schema) when missing, or an existing
/// Parley database that holds no record; the one-writer lock beside it is held for the whole copy so no server starts
/// writing into it meanwhile, and the copy is one IMMEDIATE transaction (<c>synchronous=FULL</c>). If the copy does not
/// commit, a file it created is removed with its WAL, so the target is as it was.
/// </summary>
internal sealed class SqliteCopyTarget : CopyTarget
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);
    private readonly string _path;
    private readonly bool _created;
    private readonly IDisposable _writerLock;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private WriteCommands? _projectionCommands;
    private bool _committed;

    private SqliteCopyTarget(string path, bool created, IDisposable writerLock, SqliteConnection connection, SqliteTransaction transaction)
    {
        _path = path;
        _created = created;
        _writerLock = writerLock;
        _connection = connection;
        _transaction = transaction;
    }

    public override string Location => _path;

    public override DbConnection Connection => _connection;

    public override DbTransaction Transaction => _transaction;

    public static SqliteCopyTarget Open(string path)
    {
        var created = !File.Exists(path);
        var writerLock = WriterLock.Acquire(path, BusyTimeout);
        SqliteConnection? connection = null;
        SqliteTransaction? transaction = null;
        try
        {
            // Identity, schema version and integrity checked, the schema created or upgraded, as every command opens a file.
            using (SqliteEventLog.Open(path, OpenMode.CreateIfMissing, BusyTimeout))
            {
            }
            connection = new SqliteConnection(SqliteEventLog.ConnectionString(path, SqliteOpenMode.ReadWrite, (int)BusyTimeout.TotalSeconds));
            connection.Open();
            SqliteEventLog.Execute(connection, "PRAGMA synchronous=FULL;");
            transaction = connection.BeginTransaction(deferred: false);
            var target = new SqliteCopyTarget(path, created, writerLock, connection, transaction);
            target.CheckEmpty();
            return target;
        }
        catch (Exception e)
        {
            transaction?.Dispose();
            connection?.Dispose();
            if (created)
            {
                DeleteFiles(path);
            }
            writerLock.Dispose();
            if (e is SqliteException sqlite && SqliteErrors.IsMapped(sqlite))
            {
                throw SqliteErrors.Map(sqlite, path, BusyTimeout);
            }
            throw;
        }
    }

    public override IRowSink Sink(RecordTable table) => new Inserts(_connection, _transaction, table);

    public override IProjectionWriter Projections(long lastSequence)
    {
        _projectionCommands ??= new WriteCommands(_connection);
        _projectionCommands.Enlist(_transaction);
        return new ProjectionWriter(_projectionCommands, lastSequence);
    }

    public override void Commit()
    {
        _transaction.Commit();
        _committed = true;
    }

    public override Exception Map(DbException e) =>
        e is SqliteException sqlite && SqliteErrors.IsMapped(sqlite) ? SqliteErrors.Map(sqlite, _path, BusyTimeout) : e;

    public override void Dispose()
    {
        _projectionCommands?.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
        if (!_committed && _created)
        {
            DeleteFiles(_path);
        }
        _writerLock.Dispose();
    }

    /// <summary>Removes a database file the copy created, with its WAL and shared-memory files.</summary>
    private static void DeleteFiles(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    /// <summary>One prepared INSERT, executed per row.</summary>
    private sealed class Inserts : IRowSink
    {
        private readonly SqliteCommand _insert;

        public Inserts(SqliteConnection connection, SqliteTransaction transaction, RecordTable table)
        {
            _insert = connection.CreateCommand();
            _insert.Transaction = transaction;
            _insert.CommandText = $"INSERT INTO {table.Name}({table.ColumnList}) VALUES({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))});";
            for (var i = 0; i < table.Columns.Count; i++)
            {
                _insert.Parameters.Add("$p" + i, table.Columns[i].Kind switch
                {
                    ColumnKind.Int32 or ColumnKind.Int64 => SqliteType.Integer,
                    ColumnKind.Text => SqliteType.Text,
                    _ => SqliteType.Blob,
                });
            }
        }

        public void Write(object?[] row)
        {
            for (var i = 0; i < row.Length; i++)
            {
                _insert.Parameters[i].Value = row[i] ?? DBNull.Value;
            }
            _insert.ExecuteNonQuery();
        }

        public void Complete()
        {
        }

        public void Dispose() => _insert.Dispose();
    }
}
