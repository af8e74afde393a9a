namespace Parley.Store;

/// <summary>
/// The file exists but is not a database this build of Parley can open: not SQLite at all, SQLite of another
/// application, or a Parley schema newer (or older) than this build knows.
/// </summary>
public sealed class NotAParleyDatabaseException : StoreException
{
    private NotAParleyDatabaseException(string path, string message, long? applicationId, long? schemaVersion, Exception? inner)
        : base(path, message, inner)
    {
        ApplicationId = applicationId;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The file's SQLite <c>application_id</c>, or null when the file is not SQLite at all.</summary>
    public long? ApplicationId { get; }

    /// <summary>The file's SQLite <c>user_version</c>, or null when the file is not SQLite at all.</summary>
    public long? SchemaVersion { get; }

    internal static NotAParleyDatabaseException NotSqlite(string path, Exception inner) =>
        new(path, $"{path} is not a Parley database: it is not an SQLite file at all; check the --db path", null, null, inner);

    internal static NotAParleyDatabaseException OtherApplication(string path, long applicationId, long schemaVersion) =>
        new(path,
            $"{path} is not a Parley database: it is an SQLite database of another application (application_id 0x{applicationId:X8}, Parley's is 0x{SqliteSchema.ApplicationId:X8}); check the --db path",
            applicationId, schemaVersion, null);

    internal static NotAParleyDatabaseException NewerSchema(string path, long applicationId, long schemaVersion) =>
        new(path,
            $"{path} was written by a newer Parley (schema version {schemaVersion}; this build reads version {SqliteSchema.Version}); upgrade parley to open it",
            applicationId, schemaVersion, null);

    internal static NotAParleyDatabaseException UnknownSchema(string path, long applicationId, long schemaVersion) =>
        new(path,
            $"{path} has Parley's application_id but an unknown schema version {schemaVersion} (this build reads version {SqliteSchema.Version}); restore it from a backup",
            applicationId, schemaVersion, null);

    internal static NotAParleyDatabaseException OtherPostgresContent(string location) =>
        new(location,
            $"{location} is not a Parley database: it holds tables but no {Postgres.PostgresSchema.VersionTable} table; check the --db address (create an empty database for Parley)",
            null, null, null);

    internal static NotAParleyDatabaseException NewerPostgresSchema(string location, long schemaVersion) =>
        new(location,
            $"{location} was written by a newer Parley (schema version {schemaVersion}; this build reads up to version {Postgres.PostgresSchema.Version}); upgrade parley to open it",
            null, schemaVersion, null);
}
