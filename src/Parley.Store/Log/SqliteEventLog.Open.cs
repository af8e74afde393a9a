using Microsoft.Data.Sqlite;

namespace Parley.Store;

public sealed partial class SqliteEventLog
{
    /// <summary>Opens the Parley database at <paramref name="path"/>, waiting up to <see cref="DefaultBusyTimeout"/> for locks.</summary>
    /// <exception cref="DatabaseNotFoundException">With <see cref="OpenMode.MustExist"/>, when there is no database at the path.</exception>
    /// <exception cref="NotAParleyDatabaseException">When the file is not SQLite, belongs to another application, or has a newer schema.</exception>
    /// <exception cref="DatabaseLockedException">When another process holds the lock for longer than the busy timeout.</exception>
    /// <exception cref="DatabaseCorruptException">When <c>PRAGMA quick_check</c>, run when one is due, reports damage.</exception>
    public static SqliteEventLog Open(string path, OpenMode mode) => Open(path, mode, DefaultBusyTimeout);

    /// <summary>Opens the Parley database at <paramref name="path"/>, waiting up to <paramref name="busyTimeout"/> (whole seconds, at least one) for locks.</summary>
    public static SqliteEventLog Open(string path, OpenMode mode, TimeSpan busyTimeout) =>
        Open(path, mode, busyTimeout, StoreSettings.DefaultIntegrityCheckEvery);

    /// <summary>
    /// Opens the Parley database at <paramref name="path"/>, checking its pages with <c>PRAGMA quick_check</c> when the
    /// last check that passed is older than <paramref name="integrityCheckEvery"/> (zero: always).
    /// </summary>
    public static SqliteEventLog Open(string path, OpenMode mode, TimeSpan busyTimeout, TimeSpan integrityCheckEvery)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(integrityCheckEvery, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (mode is not (OpenMode.CreateIfMissing or OpenMode.MustExist))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"{nameof(mode)} must be a defined {nameof(OpenMode)}.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(busyTimeout, TimeSpan.FromSeconds(1));

        var fullPath = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(fullPath);
        if (!exists)
        {
            if (mode == OpenMode.MustExist)
            {
                throw new DatabaseNotFoundException(fullPath);
            }
            var directory = System.IO.Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            {
                PrivateFiles.CreateFolder(directory);
            }
            // Both sides' personal data, every salt and the token hashes live here: readable by the owner alone. SQLite
            // gives its WAL and shared-memory files the database file's permissions.
            PrivateFiles.CreateEmpty(fullPath);
        }
        else
        {
            foreach (var file in new[] { fullPath, fullPath + "-wal", fullPath + "-shm", fullPath + "-journal" })
            {
                PrivateFiles.Restrict(file);
            }
        }

        var timeoutSeconds = (int)Math.Ceiling(busyTimeout.TotalSeconds);
        var connection = new SqliteConnection(ConnectionString(fullPath, SqliteOpenMode.ReadWrite, timeoutSeconds));
        try
        {
            connection.Open();
            var (lastSequence, projectedThrough) = Initialise(connection, fullPath, mode, integrityCheckEvery);
            return new SqliteEventLog(fullPath, connection, TimeSpan.FromSeconds(timeoutSeconds), lastSequence, projectedThrough);
        }
        catch (SqliteException e) when (SqliteErrors.IsMapped(e))
        {
            connection.Dispose();
            throw SqliteErrors.Map(e, fullPath, TimeSpan.FromSeconds(timeoutSeconds));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static string ConnectionString(string fullPath, SqliteOpenMode mode, int timeoutSeconds) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = mode,
            // Pooling would keep the file open after Dispose; the log owns its connection for its whole life anyway.
            Pooling = false,
            DefaultTimeout = timeoutSeconds,
        }.ToString();

    /// <summary>Checks the file's identity before changing anything in it, then sets WAL and creates the schema if the file is blank.</summary>
    private static (long LastSequence, long ProjectedThrough) Initialise(SqliteConnection connection, string path, OpenMode mode, TimeSpan integrityCheckEvery)
    {
        // Reading application_id is the first statement: a file that is not SQLite fails here with SQLITE_NOTADB.
        var applicationId = Scalar(connection, "PRAGMA application_id;");
        var schemaVersion = Scalar(connection, "PRAGMA user_version;");
        var objects = Scalar(connection, "SELECT count(*) FROM sqlite_schema;");
        var blank = applicationId == 0 && schemaVersion == 0 && objects == 0;

        if (blank && mode == OpenMode.MustExist)
        {
            throw new DatabaseNotFoundException(path);
        }
        if (!blank)
        {
            if (applicationId != SqliteSchema.ApplicationId)
            {
                throw NotAParleyDatabaseException.OtherApplication(path, applicationId, schemaVersion);
            }
            if (schemaVersion > SqliteSchema.Version)
            {
                throw NotAParleyDatabaseException.NewerSchema(path, applicationId, schemaVersion);
            }
            if (schemaVersion < 1)
            {
                throw NotAParleyDatabaseException.UnknownSchema(path, applicationId, schemaVersion);
            }
        }
        var checkedAt = !blank && IntegrityCheckDue(connection, integrityCheckEvery) ? QuickCheck(connection, path) : (DateTimeOffset?)null;

        if (blank)
        {
            // Small pages: a commit writes every page it touched to the WAL, and projection updates land on pages
            // all over their table; 1 KiB pages write a quarter of the bytes 4 KiB pages would. Only settable before
            // the first table exists and before WAL.
            Execute(connection, "PRAGMA page_size=1024;");
        }
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "PRAGMA synchronous=FULL;");
        // What is deleted or overwritten is overwritten with zeros, so an erasure leaves nothing behind (Erase.cs).
        Execute(connection, "PRAGMA secure_delete=ON;");

        if (blank)
        {
            CreateSchema(connection, path);
        }
        if (Scalar(connection, "PRAGMA user_version;") < SqliteSchema.Version)
        {
            Migrate(connection, path);
        }

        if (checkedAt is { } at)
        {
            RecordIntegrityCheck(connection, at);
        }

        return ReadPosition(connection);
    }

    /// <summary>Whether the last check that passed is older than <paramref name="every"/>, missing, or (the clock moved back) in the future.</summary>
    private static bool IntegrityCheckDue(SqliteConnection connection, TimeSpan every)
    {
        if (every == TimeSpan.Zero)
        {
            return true;
        }
        var last = DateTimeOffset.FromUnixTimeSeconds(Scalar(connection, $"SELECT value FROM meta WHERE key = '{SqliteSchema.IntegrityCheckedKey}';"));
        var since = DateTimeOffset.UtcNow - last;
        return since >= every || since < TimeSpan.Zero;
    }

    /// <summary>Runs <c>PRAGMA quick_check</c> (every page and index, not the rows' contents against the indexes) and answers when it passed.</summary>
    private static DateTimeOffset QuickCheck(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(10);";
        var problems = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                problems.Add(reader.GetString(0));
            }
        }
        if (problems is not ["ok"])
        {
            throw new DatabaseCorruptException(path, problems);
        }
        return DateTimeOffset.UtcNow;
    }

    /// <summary>
    /// Remembers a check that passed, so that the next opens within the interval skip it. Best effort: a file this process
    /// may not write, or one busy past the timeout, is checked again next time, which is only slower.
    /// </summary>
    private static void RecordIntegrityCheck(SqliteConnection connection, DateTimeOffset at)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
            command.Parameters.AddWithValue("$key", SqliteSchema.IntegrityCheckedKey);
            command.Parameters.AddWithValue("$value", at.ToUnixTimeSeconds());
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (SqliteErrors.IsBusyOrReadOnly(e))
        {
        }
    }

    private static void CreateSchema(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Another process may have created the schema between our check and our write lock.
        command.CommandText = "SELECT count(*) FROM sqlite_schema;";
        if ((long)command.ExecuteScalar()! != 0)
        {
            transaction.Rollback();
            var applicationId = Scalar(connection, "PRAGMA application_id;");
            if (applicationId != SqliteSchema.ApplicationId)
            {
                throw NotAParleyDatabaseException.OtherApplication(path, applicationId, Scalar(connection, "PRAGMA user_version;"));
            }
            return;
        }
        command.CommandText = SqliteSchema.Migrations[0]
            + $"PRAGMA application_id = {SqliteSchema.ApplicationId};"
            + "PRAGMA user_version = 1;";
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Applies the migrations the file lacks, in one IMMEDIATE transaction (re-reading the version under its lock).</summary>
    private static void Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        var version = (long)command.ExecuteScalar()!;
        if (version > SqliteSchema.Version)
        {
            throw NotAParleyDatabaseException.NewerSchema(path, SqliteSchema.ApplicationId, version);
        }
        for (var next = version + 1; next <= SqliteSchema.Version; next++)
        {
            command.CommandText = SqliteSchema.Migrations[(int)next - 1] + $"PRAGMA user_version = {next};";
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Runs a query that answers one number (shared with the backup, which checks its copy the same way).</summary>
    internal static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs statements that answer nothing.</summary>
    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
