using Npgsql;
using Parley.Store.Postgres;

namespace Parley.Store.Tests;

/// <summary>
/// What every event log must do, whichever database holds it: the same tests run once on SQLite
/// (<see cref="SqliteEventLogContractTests"/>) and once on PostgreSQL (<see cref="PostgresEventLogContractTests"/>),
/// split by concern into partial files. Each test gets a blank database of its own.
/// </summary>
public abstract partial class EventLogContract : IDisposable
{
    /// <summary>This test's database as a <c>--db</c> value.</summary>
    protected abstract string DatabaseValue { get; }

    /// <summary>Opens the log of this test's database.</summary>
    protected abstract IEventLog Open(OpenMode mode);

    /// <summary>Opens a log on another blank database (for property tests that need one per case).</summary>
    protected abstract IEventLog OpenFresh();

    /// <summary>Runs SQL straight on this test's database, past the log, as a tamperer would.</summary>
    protected abstract void ExecuteRaw(string sql);

    /// <summary>Runs a query straight on this test's database; its one value.</summary>
    protected abstract object? ScalarRaw(string sql);

    /// <summary>The two bytes <c>{}</c> as a literal of this database's SQL.</summary>
    protected abstract string BlobLiteral { get; }

    /// <summary>Cases of the property tests (each opens a fresh database).</summary>
    protected virtual int Iterations => 25;

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>The event-log contract on SQLite.</summary>
public sealed class SqliteEventLogContractTests : EventLogContract
{
    private readonly TempFolder _temp = new();
    private int _fresh;

    private string DbPath => _temp.File("parley.db");

    protected override string DatabaseValue => DbPath;

    protected override string BlobLiteral => "x'7B7D'";

    protected override IEventLog Open(OpenMode mode) => SqliteEventLog.Open(DbPath, mode);

    protected override IEventLog OpenFresh() => SqliteEventLog.Open(_temp.File($"fresh-{Interlocked.Increment(ref _fresh)}.db"), OpenMode.CreateIfMissing);

    protected override void ExecuteRaw(string sql)
    {
        using var connection = Sqlite.Connect(DbPath);
        Sqlite.Execute(connection, sql);
    }

    protected override object? ScalarRaw(string sql) => Sqlite.Scalar(DbPath, sql);

    public override void Dispose()
    {
        _temp.Dispose();
        base.Dispose();
    }
}

/// <summary>The event-log contract on PostgreSQL: a fresh database of the assembly's private cluster per test.</summary>
public sealed class PostgresEventLogContractTests(PostgresCluster cluster) : EventLogContract
{
    private readonly string _database = cluster.CreateDatabase();

    protected override string DatabaseValue => _database;

    protected override string BlobLiteral => "'\\x7b7d'::bytea";

    protected override int Iterations => 10;

    protected override IEventLog Open(OpenMode mode) => PostgresEventLog.Open((PostgresDatabase)DatabaseAddress.Parse(_database), mode);

    protected override IEventLog OpenFresh() => PostgresEventLog.Open((PostgresDatabase)DatabaseAddress.Parse(cluster.CreateDatabase()), OpenMode.CreateIfMissing);

    protected override void ExecuteRaw(string sql)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    protected override object? ScalarRaw(string sql)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
