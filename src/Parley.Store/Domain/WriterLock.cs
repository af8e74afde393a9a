namespace Parley.Store.Domain;

/// <summary>
/// One writer per database: the in-memory state that commands are decided against must be the only writer's, or two
/// processes could each accept a command the other's would forbid. Held as an exclusive lock file beside the database.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    private readonly FileStream _stream;

    private WriterLock(FileStream stream) => _stream = stream;

    public static WriterLock Acquire(string databasePath, TimeSpan wait)
    {
        var path = databasePath + ".lock";
        // A database in a folder not made yet: make it (private) so the lock file can be, rather than wait on a lock nobody holds.
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            PrivateFiles.CreateFolder(folder);
        }
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException e) when (e is not DirectoryNotFoundException && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
            catch (IOException e)
            {
                throw new DatabaseLockedException(databasePath, wait, e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
