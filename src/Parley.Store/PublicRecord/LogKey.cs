using Parley.Ledger.Notes;

namespace Parley.Store.PublicRecord;

/// <summary>
/// The log's Ed25519 signing key: kept out of the database, in a file beside it (<c>PATH.key</c>), readable only by its
/// owner (mode 0600), in the signed-note private key format <c>PRIVATE+KEY+name+keyid+base64</c>
/// (docs/public-record.md §2). Created on first use.
/// </summary>
public static class LogKey
{
    /// <summary>Where the key of the database at <paramref name="databasePath"/> lives.</summary>
    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".key";

    /// <summary>Reads the key; creates it with name <paramref name="origin"/> if there is none and <paramref name="mayCreate"/>.</summary>
    /// <exception cref="LogKeyException">No key and it may not be created, or the key's name is not the origin.</exception>
    public static NoteSigner LoadOrCreate(string databasePath, string origin, bool mayCreate)
    {
        var path = PathFor(databasePath);
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
