using System.Data.Common;
using Parley.Store.PublicRecord;

namespace Parley.Store.Copy;

/// <summary>
/// The database <c>parley copy</c> writes, held in one write transaction from the moment it is opened to the commit:
/// its schema (created or upgraded inside that transaction on PostgreSQL), the check that it holds no record, every
/// row and the read-back that proves the copy. Disposed without <see cref="Commit"/>, it rolls back and leaves the
/// database as it was (an SQLite file the copy created is removed). One subclass per store.
/// </summary>
internal abstract class CopyTarget : IDisposable
{
    private RecordRows? _rows;

    /// <summary>The target as shown to the user.</summary>
    public abstract string Location { get; }

    /// <summary>The write connection (the public record's tile reader runs on it, inside the transaction).</summary>
    public abstract DbConnection Connection { get; }

    /// <summary>The copy's one transaction.</summary>
    public abstract DbTransaction Transaction { get; }

    /// <summary>The rows as the transaction sees them (its own writes included).</summary>
    public RecordRows Rows => _rows ??= new RecordRows(Connection, Transaction, Map);

    /// <summary>Opens the target a <c>--to</c> value names and begins the copy's transaction, refusing one that holds a record.</summary>
    public static CopyTarget Open(DatabaseAddress address) => address switch
    {
        SqliteDatabase file => SqliteCopyTarget.Open(file.Path),
        PostgresDatabase postgres => PostgresCopyTarget.Open(postgres),
        _ => throw new ArgumentOutOfRangeException(nameof(address), address, "an address is an SQLite file or a PostgreSQL database."),
    };

    /// <summary>A writer of <paramref name="table"/>'s rows, in the transaction; <see cref="IRowSink.Complete"/> ends it.</summary>
    public abstract IRowSink Sink(RecordTable table);

    /// <summary>The projection writer of the transaction, for a log whose last sequence is <paramref name="lastSequence"/>.</summary>
    public abstract IProjectionWriter Projections(long lastSequence);

    /// <summary>Commits the copy; returns once it is durable.</summary>
    public abstract void Commit();

    /// <summary>The store's exception for a database error the user can act on, or the error itself.</summary>
    public abstract Exception Map(DbException e);

    /// <summary>Sets a <c>meta</c> entry (the log's origin) in the transaction.</summary>
    public void SetMeta(string key, string value)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES(@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
        RecordSql.Add(command, "@key", key);
        RecordSql.Add(command, "@value", value);
        command.ExecuteNonQuery();
    }

    public abstract void Dispose();

    /// <summary>Refuses a target that holds any part of a record (run under the transaction's write lock).</summary>
    protected void CheckEmpty()
    {
        var held = RecordTables.Content
            .Select(table => (Table: table, Rows: Rows.Long($"SELECT COUNT(*) FROM {table};")))
            .Where(t => t.Rows > 0)
            .ToList();
        if (held.Count > 0)
        {
            throw CopyRefusedException.TargetNotEmpty(Location, string.Join(", ", held.Select(t => $"{t.Rows} rows in {t.Table}")));
        }
    }
}

/// <summary>Writes one table's rows inside the copy's transaction.</summary>
internal interface IRowSink : IDisposable
{
    /// <summary>Writes a row: values in the table's column order (long, string, byte[] or null).</summary>
    void Write(object?[] row);

    /// <summary>Ends the table's rows; a failure the database reports at the end (a COPY's) surfaces here.</summary>
    void Complete();
}
