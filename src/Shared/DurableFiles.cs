using System.Runtime.InteropServices;

namespace Parley;

/// <summary>
/// Files written so that a crash or power cut leaves either the old file or the whole new one, never a part: the
/// content goes to a temporary file in the same folder, which is flushed to the disk (fsync), renamed over the target,
/// and the folder itself is flushed so the rename is durable too. A failed write leaves no temporary file behind.
/// </summary>
internal static partial class DurableFiles
{
    /// <summary>The marker in the names of temporary files; <see cref="RemoveLeftovers"/> deletes files that carry it.</summary>
    public const string TemporaryMarker = ".parley-tmp-";

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> through a flushed temporary file and a rename. The
    /// folder is not flushed here: call <see cref="SyncFolder"/> once after a group of writes (or use <see cref="WriteAndSync"/>).
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> content, bool ownerOnly = false)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + TemporaryMarker + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (ownerOnly && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary><see cref="Write"/>, then flushes the folder so the new name is durable.</summary>
    public static void WriteAndSync(string path, ReadOnlySpan<byte> content, bool ownerOnly = false)
    {
        Write(path, content, ownerOnly);
        SyncFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Flushes a folder's entries (new names, renames) to the disk: fsync(2) on the folder itself.</summary>
    /// <exception cref="IOException">When the operating system reports the flush failed.</exception>
    public static void SyncFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // NTFS journals its metadata; there is no folder handle to flush.
        }
        var descriptor = Open(folder, 0 /* O_RDONLY */);
        if (descriptor < 0)
        {
            throw new IOException($"cannot open the folder {folder} to flush it to the disk (errno {Marshal.GetLastPInvokeError()})");
        }
        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"flushing the folder {folder} to the disk failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    /// <summary>Deletes temporary files that an interrupted earlier write left under <paramref name="folder"/>.</summary>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + TemporaryMarker + "*", SearchOption.AllDirectories))
        {
            if (TryDelete(file))
            {
                removed++;
            }
        }
        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
