using Parley.Ledger.Notes;
using Parley.Store.PublicRecord;

namespace Parley.Store.Copy;

/// <summary>
/// The log's signing key on its way from the source to the target: the target must go on signing with the key that
/// signed the source's checkpoints (witnesses and verifiers know no other), and the key lives in a file, not in the
/// database. Read from the source's key file and checked against the log's origin; written, mode 0600, to the target's
/// key file only when the copy commits (and removed again if the commit fails); a key file already there must hold
/// the same key, because a key file is never overwritten.
/// </summary>
internal sealed class CopyKeys : IDisposable
{
    private readonly NoteSigner _signer;
    private bool _written;

    private CopyKeys(NoteSigner signer, string targetPath, KeyTransfer transfer)
    {
        _signer = signer;
        TargetPath = targetPath;
        Transfer = transfer;
    }

    /// <summary>The log's key, which verifies its checkpoints.</summary>
    public NoteVerifier Verifier => _signer.Verifier;

    public string TargetPath { get; }

    public KeyTransfer Transfer { get; }

    /// <exception cref="LogKeyException">A key file is not given for a PostgreSQL side, is missing, is not this log's, or the target's holds another key.</exception>
    public static CopyKeys Resolve(CopyRequest request, DatabaseAddress from, DatabaseAddress to, string origin)
    {
        var sourcePath = Locate(request.FromLogKey, from, "--from-log-key");
        if (!File.Exists(sourcePath))
        {
            throw new LogKeyException(sourcePath, $"the source's signing key {sourcePath} is missing; the copy carries the log's key so that the target signs on with it: give the source's key file with --from-log-key FILE");
        }
        var signer = LogKey.Read(sourcePath);
        try
        {
            if (signer.Name != origin)
            {
                throw new LogKeyException(sourcePath, $"the key {sourcePath} is named \"{signer.Name}\" but the source's origin is \"{origin}\"; give the source's own key file with --from-log-key FILE");
            }
            var targetPath = Locate(request.ToLogKey, to, "--to-log-key");
            if (targetPath == sourcePath)
            {
                return new CopyKeys(signer, targetPath, KeyTransfer.SameFile);
            }
            if (File.Exists(targetPath))
            {
                using var present = LogKey.Read(targetPath);
                if (present.FormatPrivateKey() != signer.FormatPrivateKey())
                {
                    throw new LogKeyException(targetPath, $"the target's key file {targetPath} already holds another key (\"{present.Name}\"); a key file is never overwritten: move it away, or name another with --to-log-key FILE");
                }
                return new CopyKeys(signer, targetPath, KeyTransfer.AlreadyThere);
            }
            return new CopyKeys(signer, targetPath, KeyTransfer.Copied);
        }
        catch
        {
            signer.Dispose();
            throw;
        }
    }

    /// <summary>Writes the target's key file if it has to be (just before the commit).</summary>
    public void Install()
    {
        if (Transfer == KeyTransfer.Copied)
        {
            LogKey.WritePrivateKey(TargetPath, _signer.FormatPrivateKey());
            _written = true;
        }
    }

    /// <summary>Removes a key file <see cref="Install"/> wrote, when the commit failed.</summary>
    public void Uninstall()
    {
        if (_written)
        {
            File.Delete(TargetPath);
            _written = false;
        }
    }

    public void Dispose() => _signer.Dispose();

    private static string Locate(string? given, DatabaseAddress database, string option) =>
        !string.IsNullOrWhiteSpace(given) ? Path.GetFullPath(given)
        : database is SqliteDatabase file ? LogKey.PathFor(file.Path)
        : throw new LogKeyException(database.Display,
            $"a PostgreSQL log keeps its signing key in a file you choose: give {option} FILE (or --log-key FILE) for {database.Display}");
}
