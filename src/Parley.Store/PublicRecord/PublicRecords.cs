using System.Data.Common;

namespace Parley.Store.PublicRecord;

/// <summary>
/// Attaches the public record (docs/public-record.md) to an event log: from then on every append also seals its events,
/// extends the Merkle tree and signs a checkpoint, in the same transaction. The same on SQLite and PostgreSQL.
/// </summary>
public static class PublicRecords
{
    /// <summary>The <c>meta</c> key under which the log's origin (checkpoint first line, key name) is kept.</summary>
    public const string OriginKey = "log_origin";

    /// <summary>The domain Parley's default origins live under; the origin is <c>parley.example/&lt;database name&gt;-&lt;8 random hex digits&gt;</c>.</summary>
    public const string DefaultOriginHost = "parley.example";

    /// <summary>
    /// Attaches the ledger to <paramref name="log"/>. The origin is fixed at first use (stored in the database): the
    /// given <paramref name="origin"/> (the command line and server take it from <c>PARLEY_LOG_ORIGIN</c>), else
    /// <c>parley.example/&lt;database name&gt;-&lt;8 random hex digits&gt;</c>: two logs started from databases of the same
    /// name (every demo is <c>parley.db</c>) must not share an origin, or a witness would take one for a fork of the other.
    /// The log key (<see cref="LogKey"/>) is read from <paramref name="logKeyPath"/> (an SQLite database's default is the
    /// file beside it; a PostgreSQL database must be given one) and created on first use. Events the log already holds
    /// but the tree does not are hashed now. Returns the log's origin (signed submissions are bound to it).
    /// </summary>
    /// <exception cref="LogKeyException">No key file is given for a PostgreSQL log, or the key is missing or not this log's.</exception>
    public static string Attach(IEventLog log, string? origin = null, string? logKeyPath = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log is not ILedgerHost host)
        {
            throw new ArgumentException($"the public record needs a Parley event log (SQLite or PostgreSQL); got {log.GetType().Name}.", nameof(log));
        }
        var keyPath = logKeyPath ?? (log is SqliteEventLog file ? LogKey.PathFor(file.Path) : throw LogKey.MissingForPostgres(log.Location));
        var connection = host.Connection;
        var stored = StoredOrigin(connection);
        var chosen = stored ?? origin ?? DefaultOrigin(log.Location);
        if (stored is null)
        {
            Execute(connection, $"INSERT INTO meta(key, value) VALUES('{OriginKey}', @v) ON CONFLICT(key) DO NOTHING;", chosen);
            // Another process may have fixed it first: the stored origin is the truth.
            chosen = StoredOrigin(connection) ?? chosen;
        }
        var hasCheckpoints = Scalar(connection, "SELECT COUNT(*) FROM checkpoints;") > 0;
        var signer = LogKey.LoadOrCreate(keyPath, chosen, mayCreate: !hasCheckpoints);
        host.AttachLedger(new LedgerAppender(connection, signer, chosen));
        var treeSize = Scalar(connection, "SELECT COALESCE(MAX(size), 0) FROM checkpoints;");
        if (treeSize < log.LastSequence)
        {
            log.AppendBatch([], static _ => { });
        }
        return chosen;
    }

    /// <summary>
    /// <c>parley.example/&lt;name&gt;-&lt;8 random hex digits&gt;</c> from a database path (or PostgreSQL address: its
    /// database name), unique to each new log; characters not allowed in key names become '-'.
    /// </summary>
    public static string DefaultOrigin(string databasePath)
    {
        var name = Path.GetFileNameWithoutExtension(databasePath);
        var cleaned = new string(name.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '+' ? '-' : c).ToArray());
        var unique = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
        return $"{DefaultOriginHost}/{(cleaned.Length == 0 ? "log" : cleaned)}-{unique}";
    }

    internal static string? StoredOrigin(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT value FROM meta WHERE key = '{OriginKey}';";
        return command.ExecuteScalar() as string;
    }

    private static long Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return RecordSql.Long(command.ExecuteScalar());
    }

    private static void Execute(DbConnection connection, string sql, string value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        RecordSql.Add(command, "@v", value);
        command.ExecuteNonQuery();
    }
}
