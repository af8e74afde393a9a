using Microsoft.Data.Sqlite;

namespace Parley.Store.PublicRecord;

/// <summary>
/// Attaches the public record (docs/public-record.md) to an event log: from then on every append also seals its events,
/// extends the Merkle tree and signs a checkpoint, in the same transaction.
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
    /// <c>parley.example/&lt;file name without extension&gt;-&lt;8 random hex digits&gt;</c>: two logs started from
    /// databases of the same name (every demo is <c>parley.db</c>) must not share an origin, or a witness would take
    /// one for a fork of the other. The log key (<see cref="LogKey"/>) is created on first use.
    /// Events the log already holds but the tree does not are hashed now. Returns the log's origin (signed submissions
    /// are bound to it).
    /// </summary>
    public static string Attach(IEventLog log, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        // The public record on PostgreSQL (tiles, checkpoints, the log key's home) is the next step of issue 17; until
        // then its origin is the configured one, or one fixed name.
        return log is SqliteEventLog file ? Attach(file, origin) : origin ?? $"{DefaultOriginHost}/postgres";
    }

    private static string Attach(SqliteEventLog log, string? origin)
    {
        var stored = StoredOrigin(log.Connection);
        var chosen = stored ?? origin ?? DefaultOrigin(log.Path);
        if (stored is null)
        {
            Execute(log.Connection, $"INSERT OR IGNORE INTO meta(key, value) VALUES('{OriginKey}', $v);", chosen);
        }
        var hasCheckpoints = Scalar(log.Connection, "SELECT COUNT(*) FROM checkpoints;") > 0;
        var signer = LogKey.LoadOrCreate(log.Path, chosen, mayCreate: !hasCheckpoints);
        log.AttachLedger(new LedgerAppender(log.Connection, signer, chosen));
        var treeSize = Scalar(log.Connection, "SELECT COALESCE(MAX(size), 0) FROM checkpoints;");
        if (treeSize < log.LastSequence)
        {
            log.AppendBatch([], static _ => { });
        }
        return chosen;
    }

    /// <summary>
    /// <c>parley.example/&lt;name&gt;-&lt;8 random hex digits&gt;</c> from a database path, unique to each new log;
    /// characters not allowed in key names become '-'.
    /// </summary>
    public static string DefaultOrigin(string databasePath)
    {
        var name = Path.GetFileNameWithoutExtension(databasePath);
        var cleaned = new string(name.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '+' ? '-' : c).ToArray());
        var unique = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
        return $"{DefaultOriginHost}/{(cleaned.Length == 0 ? "log" : cleaned)}-{unique}";
    }

    internal static string? StoredOrigin(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT value FROM meta WHERE key = '{OriginKey}';";
        return command.ExecuteScalar() as string;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, string value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }
}
