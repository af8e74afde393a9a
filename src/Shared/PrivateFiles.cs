namespace Parley;

/// <summary>
/// Files that hold personal data, salts or secrets (the database and its WAL, lists, reconciliation outputs, signed
/// submissions, backups) are created readable and writable by their owner alone (0600), in folders only the owner
/// can enter (0700) when Parley creates the folder. On systems without Unix file modes this does nothing.
/// </summary>
internal static class PrivateFiles
{
    /// <summary>Owner read and write.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Owner read, write and enter.</summary>
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Options for a new private file (replacing one that is there).</summary>
    public static FileStreamOptions Create => Private(new FileStreamOptions
    {
        Mode = System.IO.FileMode.Create,
        Access = FileAccess.Write,
        Share = FileShare.None,
        BufferSize = 1 << 16,
    });

    /// <summary>Creates <paramref name="path"/> for writing, 0600 (and, if it existed, takes away what others could read).</summary>
    public static FileStream OpenWrite(string path)
    {
        var stream = new FileStream(path, Create);
        Restrict(path);
        return stream;
    }

    /// <summary>Creates an empty file at <paramref name="path"/>, 0600, unless one is there.</summary>
    public static void CreateEmpty(string path)
    {
        using var _ = new FileStream(path, Private(new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write }));
    }

    private static FileStreamOptions Private(FileStreamOptions options)
    {
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }
        return options;
    }

    /// <summary>Creates a folder (and its missing parents) only the owner can enter; an existing one is left as it is.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>Takes away group and other permissions from an existing file of ours, when it has any.</summary>
    public static void Restrict(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return;
        }
        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & ~(FileMode | UnixFileMode.UserExecute)) != 0)
            {
                File.SetUnixFileMode(path, mode & FileMode);
            }
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to change (another account's file, opened read-only): leave it; the owner decides.
        }
    }
}
