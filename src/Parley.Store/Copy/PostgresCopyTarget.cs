using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Parley.Store.Postgres;

namespace Parley.Store.Copy;

/// <summary>
/// A PostgreSQL database as the target of <c>parley copy</c>: blank, or Parley's and holding no record. One transaction
/// takes the writer's lock (no server may be writing into it) and the append lock, creates or upgrades the schema, checks that the database is empty, and takes every row (binary COPY); if it does not commit,
/// PostgreSQL rolls all of it back, the schema included, and the database is as it was.
/// </summary>
internal sealed class PostgresCopyTarget : CopyTarget
{
    private readonly PostgresDatabase _address;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private PostgresProjectionWriter? _projections;

    private PostgresCopyTarget(PostgresDatabase address, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _address = address;
        _connection = connection;
        _transaction = transaction;
    }

    public override string Location => _address.Display;

    public override DbConnection Connection => _connection;

    public override DbTransaction Transaction => _transaction;

    public static PostgresCopyTarget Open(PostgresDatabase address)
    {
        var connection = new NpgsqlConnection(address.ConnectionString);
        NpgsqlTransaction? transaction = null;
        try
        {
            connection.Open();
            transaction = connection.BeginTransaction();
            // The writer's lock, for this transaction only: a server that holds it is writing into this database. (A
            // session lock would outlive the copy on a pooled connection.)
            using (var command = new NpgsqlCommand($"SELECT pg_try_advisory_xact_lock({PostgresSchema.WriterLockKey});", connection, transaction))
            {
                if (!(bool)command.ExecuteScalar()!)
                {
                    throw new DatabaseLockedException(address.Display, TimeSpan.Zero);
                }
            }
            PostgresEventLog.Migrate(connection, transaction, address.Display);
            var target = new PostgresCopyTarget(address, connection, transaction);
            target.CheckEmpty();
            return target;
        }
        catch (Exception e)
        {
            transaction?.Dispose();
            connection.Dispose();
            var mapped = PostgresErrors.MapOrKeep(e, address.Display);
            if (!ReferenceEquals(mapped, e))
            {
                throw mapped;
            }
            throw;
        }
    }

    public override IRowSink Sink(RecordTable table)
    {
        // The projection writer queues its statements: they go before anything else uses the connection.
        _projections?.Flush();
        return new BinaryCopy(_connection, table);
    }

    public override IProjectionWriter Projections(long lastSequence)
    {
        _projections?.Flush();
        return _projections = new PostgresProjectionWriter(_connection, _transaction, lastSequence);
    }

    public override void Commit()
    {
        _projections?.Flush();
        _transaction.Commit();
    }

    public override Exception Map(DbException e) => PostgresErrors.MapOrKeep(e, _address.Display);

    public override void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }

    /// <summary>One binary COPY per table: every row in one stream, the events' triggers checking each.</summary>
    private sealed class BinaryCopy(NpgsqlConnection connection, RecordTable table) : IRowSink
    {
        private readonly NpgsqlBinaryImporter _importer = connection.BeginBinaryImport($"COPY {table.Name}({table.ColumnList}) FROM STDIN (FORMAT BINARY);");

        public void Write(object?[] row)
        {
            _importer.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                switch (row[i])
                {
                    case null:
                        _importer.WriteNull();
                        break;
                    case long number when table.Columns[i].Kind == ColumnKind.Int32:
                        _importer.Write(checked((int)number), NpgsqlDbType.Integer);
                        break;
                    case long number:
                        _importer.Write(number, NpgsqlDbType.Bigint);
                        break;
                    case string text:
                        _importer.Write(text, NpgsqlDbType.Text);
                        break;
                    case byte[] bytes:
                        _importer.Write(bytes, NpgsqlDbType.Bytea);
                        break;
                    default:
                        throw new ArgumentException($"a row value is null, long, string or byte[]; got {row[i]!.GetType().Name}.", nameof(row));
                }
            }
        }

        public void Complete() => _importer.Complete();

        public void Dispose() => _importer.Dispose();
    }
}
