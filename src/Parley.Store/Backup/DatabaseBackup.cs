using Microsoft.Data.Sqlite;
using Parley.Store.PublicRecord;

namespace Parley.Store.Backup;

/// <summary>What one <see cref="DatabaseBackup.Create"/> wrote.</summary>
/// <param name="Path">The backup file.</param>
/// <param name="LastSequence">The last event in the backup: the log as it stood at one instant.</param>
/// <param name="Bytes">The backup's size.</param>
/// <param name="KeyPath">Where the log's signing key was copied, or null when it was left out.</param>
public sealed record BackupResult(string Path, long LastSequence, long Bytes, string? KeyPath);

/// <summary>
/// A consistent copy of a Parley database taken while the server runs, with SQLite's online backup API
/// (https://www.sqlite.org/backup.html): the copy is one read transaction, so it holds the log exactly as it stood at one
/// commit, and in WAL mode it neither waits for the writer nor stops it. The copy is written 0600 to a temporary file in
/// the target folder, checked (<c>PRAGMA quick_check</c>), flushed to the disk and renamed, so a failed backup leaves no
/// file and never a half one. The log's signing key lives outside the database (<c>PATH.key</c>); it is copied to
/// <c>FILE.key</c> only when asked, because a backup without it may be stored where a key should not be.
/// A PostgreSQL database is refused, naming PostgreSQL's own tools (pg_dump for a consistent logical copy, pg_basebackup
/// with WAL archiving for point-in-time recovery): docs/deployment.md, "PostgreSQL".
/// </summary>
public static class DatabaseBackup
{
    public static BackupResult Create(string databasePath, string outputPath, bool withKey, string? logKeyPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (DatabaseAddress.Parse(databasePath) is PostgresDatabase postgres)
        {
            throw new BackupNotSupportedException(postgres.Display,
                $"parley backup copies SQLite files; back up the PostgreSQL database {postgres.Display} with PostgreSQL's own tools: pg_dump --format=custom (Debian's postgresql-client) for a consistent copy taken while the server runs, or pg_basebackup with WAL archiving for point-in-time recovery; keep the log key file (--log-key) safe separately; or parley copy --from DB --to FILE.db --log-key KEY for a proved copy into an SQLite file. See docs/deployment.md, \"PostgreSQL\".");
        }
        var source = Path.GetFullPath(databasePath);
        var target = Path.GetFullPath(outputPath);
        if (!File.Exists(source))
        {
            throw new DatabaseNotFoundException(source);
        }
        if (source == target)
        {
            throw new ArgumentException($"the backup {target} would overwrite the database itself; choose another file.", nameof(outputPath));
        }
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            PrivateFiles.CreateFolder(folder);
        }
        var keyPath = logKeyPath is null ? LogKey.PathFor(source) : Path.GetFullPath(logKeyPath);
        if (withKey && !File.Exists(keyPath))
        {
            throw new LogKeyException(keyPath, $"--with-key: the database has no signing key at {keyPath} to copy.");
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + DurableFiles.TemporaryMarker + Guid.NewGuid().ToString("N")[..12]);
        long lastSequence;
        try
        {
            PrivateFiles.CreateEmpty(temporary);
            using (var from = new SqliteConnection(SqliteEventLog.ConnectionString(source, SqliteOpenMode.ReadOnly, 30)))
            using (var to = new SqliteConnection(SqliteEventLog.ConnectionString(temporary, SqliteOpenMode.ReadWrite, 30)))
            {
                from.Open();
                to.Open();
                from.BackupDatabase(to);
                // One file, no WAL beside it: a backup is copied and moved about; it goes back to WAL when Parley opens it.
                SqliteEventLog.Execute(to, "PRAGMA journal_mode=DELETE;");
                Check(to, target);
                lastSequence = SqliteEventLog.Scalar(to, "SELECT COALESCE(MAX(seq), 0) FROM events;");
            }
            using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite))
            {
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch (SqliteException e) when (SqliteErrors.IsMapped(e))
        {
            TryDelete(temporary);
            throw SqliteErrors.Map(e, source, TimeSpan.FromSeconds(30));
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        string? copiedKey = null;
        if (withKey)
        {
            copiedKey = target + ".key";
            DurableFiles.Write(copiedKey, File.ReadAllBytes(keyPath), ownerOnly: true);
        }
        DurableFiles.SyncFolder(folder);
        return new BackupResult(target, lastSequence, new FileInfo(target).Length, copiedKey);
    }

    private static void Check(SqliteConnection connection, string target)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        var result = command.ExecuteScalar() as string;
        if (result != "ok")
        {
            throw new DatabaseCorruptException(target, [result ?? "no result"]);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
