using System.Runtime.InteropServices;

namespace Parley.Server.Live;

/// <summary>
/// The process's open-file limit (getrlimit(2), RLIMIT_NOFILE): every event stream holds a socket, and a server out of
/// descriptors can accept nothing, not even the officers' commands. .NET has no API for it, hence the two calls.
/// </summary>
public static class OpenFileLimit
{
    private const int RlimitNoFile = 7;

    /// <summary>What is assumed where the limit cannot be read (not Linux).</summary>
    private const int Unknown = 10_000;

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static extern int GetRLimit(int resource, out RLimit limit);

    [DllImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static extern int SetRLimit(int resource, in RLimit limit);

    /// <summary>
    /// Raises the soft limit to the hard one (what nginx's worker_rlimit_nofile and Go's runtime do): the soft limit is
    /// often 1,024, a few hundred readers, while the hard limit the administrator set is the one meant. Child processes
    /// inherit it. Returns the soft limit afterwards.
    /// </summary>
    public static int RaiseToHardLimit()
    {
        if (OperatingSystem.IsLinux() && GetRLimit(RlimitNoFile, out var limit) == 0 && limit.Current < limit.Maximum)
        {
            SetRLimit(RlimitNoFile, limit with { Current = limit.Maximum });
        }
        return Current();
    }

    /// <summary>
    /// The most client connections the server holds open: the limit less <see cref="ServerOptions.ReservedFiles"/> (at
    /// least half of it). A process out of descriptors fails as out of memory (the runtime needs them too); the transport
    /// stops accepting at this cap (<see cref="Pipeline.BoundedConnections"/>), so the descriptors beyond it stay free.
    /// </summary>
    public static int Connections(ServerOptions options) => Connections(Current(), options.ReservedFiles);

    /// <summary>The connection cap for an open-file limit of <paramref name="files"/> with <paramref name="reserved"/> kept back.</summary>
    public static int Connections(int files, int reserved) => Math.Max(files / 2, files - reserved);

    /// <summary>The default cap on event streams: the connections less 1,000 for pages, feeds and commands (at least a quarter of the limit).</summary>
    public static int Streams(ServerOptions options) => Math.Max(Current() / 4, Connections(options) - 1000);

    /// <summary>The soft limit, at most <see cref="int.MaxValue"/>.</summary>
    public static int Current()
    {
        if (!OperatingSystem.IsLinux() || GetRLimit(RlimitNoFile, out var limit) != 0)
        {
            return Unknown;
        }
        return (int)Math.Min(limit.Current, int.MaxValue);
    }
}
