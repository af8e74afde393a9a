using Npgsql;

namespace Parley.Store.Postgres;

public sealed partial class PostgresEventLog
{
    /// <summary>
    /// Opens the Parley database at <paramref name="address"/>: checks that it is Parley's (or blank), refuses a schema
    /// newer than this build, and applies the migrations it lacks (PostgresSchema), all before reading anything else.
    /// </summary>
    /// <exception cref="DatabaseUnreachableException">When the server cannot be reached or refuses the credentials or database.</exception>
    /// <exception cref="DatabaseNotFoundException">With <see cref="OpenMode.MustExist"/>, when the database holds no Parley schema.</exception>
    /// <exception cref="NotAParleyDatabaseException">When the database holds other tables, or a newer Parley schema.</exception>
    public static PostgresEventLog Open(PostgresDatabase address, OpenMode mode)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (mode is not (OpenMode.CreateIfMissing or OpenMode.MustExist))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} must be a defined {nameof(OpenMode)}.");
        }
        var dataSource = NpgsqlDataSource.Create(address.ConnectionString);
        NpgsqlConnection? connection = null;
        try
        {
            connection = dataSource.OpenConnection();
            var (lastSequence, projectedThrough) = Initialise(connection, address.Display, mode);
            return new PostgresEventLog(address, dataSource, connection, lastSequence, projectedThrough);
        }
        catch (Exception e)
        {
            connection?.Dispose();
            dataSource.Dispose();
            if (e is NpgsqlException npgsql && PostgresErrors.Map(npgsql, address.Display) is { } mapped)
            {
                throw mapped;
            }
            throw;
        }
    }

    private static (long LastSequence, long ProjectedThrough) Initialise(NpgsqlConnection connection, string location, OpenMode mode)
    {
        var version = SchemaVersion(connection, null, location);
        if (version == 0 && mode == OpenMode.MustExist)
        {
            throw new DatabaseNotFoundException(location);
        }
        if (version > PostgresSchema.Version)
        {
            throw NotAParleyDatabaseException.NewerPostgresSchema(location, version);
        }
        if (version < PostgresSchema.Version)
        {
            Migrate(connection, location);
        }
        return ReadPosition(connection);
    }

    /// <summary>The applied schema version; 0 for a blank database (no tables in the current schema).</summary>
    /// <exception cref="NotAParleyDatabaseException">When the database holds tables but no Parley schema.</exception>
    internal static long SchemaVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction, string location)
    {
        if (Scalar(connection, transaction, $"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{PostgresSchema.VersionTable}';") == 0)
        {
            if (Scalar(connection, transaction, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema();") > 0)
            {
                throw NotAParleyDatabaseException.OtherPostgresContent(location);
            }
            return 0;
        }
        return Scalar(connection, transaction, $"SELECT COALESCE(MAX(version), 0) FROM {PostgresSchema.VersionTable};");
    }

    /// <summary>Applies the missing migrations in one transaction, under the append lock so two processes never both migrate.</summary>
    private static void Migrate(NpgsqlConnection connection, string location)
    {
        using var transaction = connection.BeginTransaction();
        Migrate(connection, transaction, location);
        transaction.Commit();
    }

    /// <summary>
    /// Inside <paramref name="transaction"/>: takes the append lock, re-reads the version under it and applies the missing
    /// migrations (parley copy creates its target's schema in the transaction that copies, so a failed copy leaves none).
    /// </summary>
    internal static void Migrate(NpgsqlConnection connection, NpgsqlTransaction transaction, string location)
    {
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresSchema.AppendLockKey});");
        var version = SchemaVersion(connection, transaction, location);
        if (version > PostgresSchema.Version)
        {
            throw NotAParleyDatabaseException.NewerPostgresSchema(location, version);
        }
        for (var next = (int)version + 1; next <= PostgresSchema.Version; next++)
        {
            Execute(connection, transaction, PostgresSchema.Migrations[next - 1]);
            Execute(connection, transaction, $"INSERT INTO {PostgresSchema.VersionTable}(version) VALUES({next});");
        }
    }
}
