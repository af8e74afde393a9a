namespace Parley.Store;

/// <summary>Parley's SQLite schema: identity constants and the DDL of version 1.</summary>
internal static class SqliteSchema
{
    /// <summary>SQLite <c>PRAGMA application_id</c> of every Parley database: ASCII "PRLY".</summary>
    public const long ApplicationId = 0x50524C59;

    /// <summary>SQLite <c>PRAGMA user_version</c> this build writes and reads.</summary>
    public const long Version = 1;

    public const string ProjectedThroughKey = "projected_through";

    /// <summary>
    /// The events table is append-only and gapless, and the database enforces both: a trigger refuses any sequence number
    /// other than the next one, and triggers refuse every UPDATE and DELETE.
    /// </summary>
    public const string CreateVersion1 = """
        CREATE TABLE events(
            seq INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            public BLOB NOT NULL,
            private BLOB);
        CREATE TRIGGER events_gapless BEFORE INSERT ON events
            WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM events)
            BEGIN SELECT RAISE(ABORT, 'events are gapless: seq must be the next sequence number'); END;
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE is not allowed'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE is not allowed'); END;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value);
        CREATE TABLE projections(
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            body BLOB NOT NULL,
            PRIMARY KEY(kind, key)) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES('projected_through', 0);
        """;
}
