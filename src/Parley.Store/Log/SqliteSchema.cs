namespace Parley.Store;

/// <summary>
/// Parley's SQLite schema: identity constants and the versioned migrations that build it, applied in order by
/// <c>parley</c> itself when it opens the file (<c>PRAGMA user_version</c> is the version applied).
/// </summary>
internal static class SqliteSchema
{
    /// <summary>SQLite <c>PRAGMA application_id</c> of every Parley database: ASCII "PRLY".</summary>
    public const long ApplicationId = 0x50524C59;

    /// <summary>SQLite <c>PRAGMA user_version</c> this build writes and reads: the number of <see cref="Migrations"/>.</summary>
    public const long Version = 4;

    public const string ProjectedThroughKey = "projected_through";

    /// <summary>The meta row with the time (Unix seconds, UTC) of the last <c>PRAGMA quick_check</c> that found nothing wrong.</summary>
    public const string IntegrityCheckedKey = "integrity_checked_at";

    /// <summary>
    /// The events table is append-only and gapless, and the database enforces both: a trigger refuses any sequence number
    /// other than the next one, and triggers refuse every UPDATE (but sealing, and erasure from version 3) and DELETE.
    /// The public record (PublicRecord/, docs/public-record.md) adds, written in the same transaction as the events:
    /// per event its seal (<c>salt</c> and <c>commitment</c> of the private part, the submitter's <c>key_id</c> and
    /// <c>signature</c>, and its Merkle <c>leaf_hash</c>) — the only UPDATE allowed is sealing an unsealed event without
    /// changing it; <c>merkle_tiles</c> (the tree as tlog tiles: tile level, tile index → up to 256 concatenated
    /// 32-byte hashes; level-0 tiles only once full, the partial one is read from the events' leaf hashes);
    /// <c>merkle_inner</c> (for each full tile, the 254 hashes between its level and the next, so proofs need no
    /// hashing); and
    /// <c>checkpoints</c> (every signed checkpoint note, by tree size).
    /// </summary>
    public const string CreateVersion1 = """
        CREATE TABLE events(
            seq INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            public BLOB NOT NULL,
            private BLOB,
            salt BLOB,
            commitment BLOB,
            key_id INTEGER,
            signature BLOB,
            leaf_hash BLOB);
        CREATE TRIGGER events_gapless BEFORE INSERT ON events
            WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM events)
            BEGIN SELECT RAISE(ABORT, 'events are gapless: seq must be the next sequence number'); END;
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            WHEN NOT (OLD.leaf_hash IS NULL AND NEW.seq IS OLD.seq AND NEW.type IS OLD.type AND NEW.recorded_at IS OLD.recorded_at
                      AND NEW.public IS OLD.public AND NEW.private IS OLD.private)
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
        CREATE TABLE merkle_tiles(
            level INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            hashes BLOB NOT NULL,
            PRIMARY KEY(level, idx)) WITHOUT ROWID;
        CREATE TABLE merkle_inner(
            level INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            hashes BLOB NOT NULL,
            PRIMARY KEY(level, idx)) WITHOUT ROWID;
        CREATE TABLE checkpoints(
            size INTEGER PRIMARY KEY,
            note TEXT NOT NULL,
            created_at INTEGER NOT NULL);
        """;

    /// <summary>
    /// Version 2: the tables the server used to create beside the log on first use, now the store's: bearer
    /// <c>tokens</c> (only SHA-256 hashes of tokens) and witness <c>cosignatures</c> (PublicRecord/CosignatureTable).
    /// IF NOT EXISTS because databases a server opened already hold them.
    /// </summary>
    public const string MigrateToVersion2 = """
        CREATE TABLE IF NOT EXISTS tokens(
            id TEXT PRIMARY KEY,
            hash BLOB NOT NULL UNIQUE,
            role TEXT NOT NULL,
            party TEXT,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER);
        """ + PublicRecord.CosignatureTable.Schema;

    /// <summary>
    /// Version 3: erasure (docs/public-record.md, "Erasure"). The one change the append-only log allows besides sealing:
    /// an event's private part and salt set to NULL, everything else (the public part, the commitment, the leaf hash)
    /// unchanged, and only when a later <c>exchange.erased</c> event of the same exchange is in the log — so the
    /// database itself refuses any other edit, and an erasure cannot happen without its public record. Checked in the
    /// trigger rather than trusted to the code because the code is what the triggers guard against. The partial index
    /// finds those (few) events without a scan of the log for each erased row.
    /// </summary>
    public const string MigrateToVersion3 = """
        CREATE INDEX IF NOT EXISTS events_erasures ON events(seq) WHERE type = 'exchange.erased';
        DROP TRIGGER events_no_update;
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            WHEN NOT (
                (OLD.leaf_hash IS NULL AND NEW.seq IS OLD.seq AND NEW.type IS OLD.type AND NEW.recorded_at IS OLD.recorded_at
                 AND NEW.public IS OLD.public AND NEW.private IS OLD.private)
                OR (NEW.private IS NULL AND NEW.salt IS NULL AND NEW.seq IS OLD.seq AND NEW.type IS OLD.type
                    AND NEW.recorded_at IS OLD.recorded_at AND NEW.public IS OLD.public AND NEW.commitment IS OLD.commitment
                    AND NEW.key_id IS OLD.key_id AND NEW.signature IS OLD.signature AND NEW.leaf_hash IS OLD.leaf_hash
                    AND EXISTS (SELECT 1 FROM events AS erasure
                                WHERE erasure.type = 'exchange.erased' AND erasure.seq > OLD.seq
                                  AND json_extract(CAST(erasure.public AS TEXT), '$.exchange')
                                      = json_extract(CAST(OLD.public AS TEXT), '$.exchange'))))
            BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE is not allowed'); END;
        """;

    /// <summary>
    /// Version 4: state <c>snapshots</c> (Snapshots/SnapshotTable), so that opening a long log folds only its tail. Derived
    /// data like the projections, so neither trigger guards it; an erasure deletes every row in its own transaction.
    /// </summary>
    public const string MigrateToVersion4 = """
        CREATE TABLE IF NOT EXISTS snapshots(
            version INTEGER PRIMARY KEY,
            format INTEGER NOT NULL,
            root BLOB NOT NULL,
            body BLOB NOT NULL,
            created_at INTEGER NOT NULL);
        """;

    /// <summary>The migrations in order: entry i brings a database from version i to version i + 1.</summary>
    public static readonly IReadOnlyList<string> Migrations = [CreateVersion1, MigrateToVersion2, MigrateToVersion3, MigrateToVersion4];
}
