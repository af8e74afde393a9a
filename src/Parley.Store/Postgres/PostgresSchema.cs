namespace Parley.Store.Postgres;

/// <summary>
/// Parley's PostgreSQL schema as versioned migrations, applied in order by <c>parley</c> itself when it opens a database
/// (<see cref="PostgresEventLog.Open"/>). Each applied version is a row of <c>parley_schema</c>, which is also how a
/// database is known to be Parley's. Mirrors the SQLite schema (Log/SqliteSchema.cs) table for table; the database
/// itself refuses every UPDATE (except sealing an unsealed event, and from version 2 erasing a private part), DELETE and TRUNCATE of <c>events</c>, and any
/// sequence number but the next one.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The table that records applied migrations; its presence marks a database as Parley's.</summary>
    public const string VersionTable = "parley_schema";

    /// <summary>Key of the advisory lock that serialises appends (and migrations) across every connection and process.</summary>
    public const long AppendLockKey = 0x50524C59_00000001;

    /// <summary>
    /// Key of the session advisory lock every writer process (ParleyStore, on every node) holds shared; what must exclude
    /// all writers (a copy into the database) takes it exclusively.
    /// </summary>
    public const long WriterLockKey = 0x50524C59_00000002;

    /// <summary>
    /// Key of the transaction advisory lock between erasures (exclusive) and snapshot writes (shared): an erasure deletes
    /// every snapshot, and no snapshot written beside it from a state before it can commit after it.
    /// </summary>
    public const long SnapshotLockKey = 0x50524C59_00000003;

    /// <summary>The LISTEN/NOTIFY channel on which every committed batch announces its last sequence number.</summary>
    public const string LogChannel = "parley_log";

    public const string ProjectedThroughKey = SqliteSchema.ProjectedThroughKey;

    /// <summary>The migrations, version 1 first; a build knows the versions up to <see cref="Version"/>.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE parley_schema(
            version integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE events(
            seq bigint PRIMARY KEY CHECK (seq > 0),
            type text NOT NULL,
            recorded_at bigint NOT NULL,
            public bytea NOT NULL,
            private bytea,
            salt bytea,
            commitment bytea,
            key_id bigint,
            signature bytea,
            leaf_hash bytea);
        CREATE FUNCTION parley_events_gapless() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.seq IS DISTINCT FROM (SELECT COALESCE(MAX(seq), 0) + 1 FROM events) THEN
                RAISE EXCEPTION 'events are gapless: seq % is not the next sequence number', NEW.seq;
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER events_gapless BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION parley_events_gapless();
        CREATE FUNCTION parley_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.leaf_hash IS NULL AND NEW.seq = OLD.seq AND NEW.type = OLD.type
               AND NEW.recorded_at = OLD.recorded_at AND NEW.public = OLD.public
               AND NEW.private IS NOT DISTINCT FROM OLD.private THEN
                RETURN NEW; -- sealing an event appended before the public record was attached
            END IF;
            RAISE EXCEPTION 'events are append-only: % is not allowed', TG_OP;
        END $$;
        CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION parley_events_append_only();
        CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION parley_events_append_only();
        CREATE TABLE meta(key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO meta(key, value) VALUES('projected_through', '0');
        CREATE TABLE projections(
            kind text COLLATE "C" NOT NULL,
            key text COLLATE "C" NOT NULL,
            body bytea NOT NULL,
            PRIMARY KEY(kind, key));
        CREATE TABLE merkle_tiles(
            level integer NOT NULL,
            idx bigint NOT NULL,
            hashes bytea NOT NULL,
            PRIMARY KEY(level, idx));
        CREATE TABLE merkle_inner(
            level integer NOT NULL,
            idx bigint NOT NULL,
            hashes bytea NOT NULL,
            PRIMARY KEY(level, idx));
        CREATE TABLE checkpoints(
            size bigint PRIMARY KEY,
            note text NOT NULL,
            created_at bigint NOT NULL);
        CREATE TABLE cosignatures(
            size bigint NOT NULL,
            witness text NOT NULL,
            key_id bigint NOT NULL,
            line text NOT NULL,
            signed_at bigint NOT NULL,
            received_at bigint NOT NULL,
            PRIMARY KEY(size, witness, key_id));
        CREATE TABLE tokens(
            id text PRIMARY KEY,
            hash bytea NOT NULL UNIQUE,
            role text NOT NULL,
            party text,
            created_at bigint NOT NULL,
            revoked_at bigint);
        """,
        // Version 2: erasure, exactly as in the SQLite schema (Log/SqliteSchema.MigrateToVersion3 says why).
        """
        CREATE INDEX events_erasures ON events(seq) WHERE type = 'exchange.erased';
        CREATE OR REPLACE FUNCTION parley_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.leaf_hash IS NULL AND NEW.seq = OLD.seq AND NEW.type = OLD.type
               AND NEW.recorded_at = OLD.recorded_at AND NEW.public = OLD.public
               AND NEW.private IS NOT DISTINCT FROM OLD.private THEN
                RETURN NEW; -- sealing an event appended before the public record was attached
            END IF;
            IF TG_OP = 'UPDATE' AND NEW.private IS NULL AND NEW.salt IS NULL AND NEW.seq = OLD.seq AND NEW.type = OLD.type
               AND NEW.recorded_at = OLD.recorded_at AND NEW.public = OLD.public
               AND NEW.commitment IS NOT DISTINCT FROM OLD.commitment AND NEW.key_id IS NOT DISTINCT FROM OLD.key_id
               AND NEW.signature IS NOT DISTINCT FROM OLD.signature AND NEW.leaf_hash IS NOT DISTINCT FROM OLD.leaf_hash
               AND EXISTS (SELECT 1 FROM events AS erasure
                           WHERE erasure.type = 'exchange.erased' AND erasure.seq > OLD.seq
                             AND convert_from(erasure.public, 'UTF8')::jsonb ->> 'exchange'
                                 = convert_from(OLD.public, 'UTF8')::jsonb ->> 'exchange') THEN
                RETURN NEW; -- erasing a private part whose exchange's erasure is in the log
            END IF;
            RAISE EXCEPTION 'events are append-only: % is not allowed', TG_OP;
        END $$;
        """,
        // Version 3: state snapshots, as in the SQLite schema (Log/SqliteSchema.MigrateToVersion4 says why).
        """
        CREATE TABLE snapshots(
            version bigint PRIMARY KEY,
            format integer NOT NULL,
            root bytea NOT NULL,
            body bytea NOT NULL,
            created_at bigint NOT NULL);
        """,
    ];

    /// <summary>The schema version this build writes and reads.</summary>
    public static int Version => Migrations.Count;
}
