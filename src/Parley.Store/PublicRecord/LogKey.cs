using Parley.Ledger.Notes;

namespace Parley.Store.PublicRecord;

/// <summary>
/// The log's Ed25519 signing key: kept out of the database, in a file readable only by its owner (mode 0600): beside an
/// SQLite database (<c>PATH.key</c>), or where <c>--log-key</c> / <c>PARLEY_LOG_KEY</c> says (required for PostgreSQL), in the signed-note private key format <c>PRIVATE+KEY+name+keyid+base64</c>
/// (docs/public-record.md §2). Created on first use.
/// </summary>
public static class LogKey
{
    /// <summary>Where the key of the SQLite database at <paramref name="databasePath"/> lives by default.</summary>
    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".key";

    /// <summary>
    /// The key file of the database <paramref name="database"/> (a <c>--db</c> value): <paramref name="configured"/>
    /// (<c>--log-key</c> / <c>PARLEY_LOG_KEY</c>) when given, else the file beside an SQLite database.
    /// </summary>
    /// <exception cref="LogKeyException">A PostgreSQL database and no key file given.</exception>
    public static string Locate(string database, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        return DatabaseAddress.Parse(database) switch
        {
            SqliteDatabase file => PathFor(file.Path),
            var other => throw MissingForPostgres(other.Display),
        };
    }

    /// <summary>The refusal when a PostgreSQL log's key file is not given: it has no file to sit beside.</summary>
    internal static LogKeyException MissingForPostgres(string location) => new(location,
        $"a PostgreSQL log keeps its signing key in a file you choose: give --log-key FILE (or set PARLEY_LOG_KEY) for {location}; it is created on first use and must be kept, and given, for every later run.");

    /// <summary>
    /// Reads the key file at <paramref name="keyPath"/>; creates it with name <paramref name="origin"/> if there is none
    /// and <paramref name="mayCreate"/>.
    /// </summary>
    /// <exception cref="LogKeyException">No key and it may not be created, or the key's name is not the origin.</exception>
    public static NoteSigner LoadOrCreate(string keyPath, string origin, bool mayCreate)
    {
        var path = Path.GetFullPath(keyPath);
        if (!File.Exists(path))
        {
            if (!mayCreate)
            {
                throw new LogKeyException(path, $"the log's signing key {path} is missing, but the log already has signed checkpoints; restore the key file from backup (a new key would not match what witnesses have seen).");
            }
            var created = NoteSigner.Generate(origin);
            WritePrivateKey(path, created.FormatPrivateKey());
            return created;
        }
        var signer = Read(path);
        if (signer.Name != origin)
        {
            signer.Dispose();
            throw new LogKeyException(path, $"the log key {path} is named \"{signer.Name}\" but the log's origin is \"{origin}\"; use the key that belongs to this database.");
        }
        return signer;
    }

    /// <summary>Reads a private key file (one line, <c>PRIVATE+KEY+…</c>).</summary>
    public static NoteSigner Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).Trim();
        }
        catch (FileNotFoundException e)
        {
            throw new LogKeyException(path, $"no such key file: {path}", e);
        }
        try
        {
            return NoteSigner.Parse(text);
        }
        catch (KeyFormatException e)
        {
            throw new LogKeyException(path, $"{path}: not a private key: {e.Message}", e);
        }
    }

    /// <summary>Writes a private key to a new file readable and writable only by its owner; refuses to overwrite.</summary>
    public static void WritePrivateKey(string path, string privateKey)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.Write(privateKey + "\n");
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new LogKeyException(path, $"{path} already exists; a key file is never overwritten.", e);
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
