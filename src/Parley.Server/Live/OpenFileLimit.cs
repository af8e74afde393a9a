using System.Runtime.InteropServices;

namespace Parley.Server.Live;

/// <summary>
/// The process's open-file limit (getrlimit(2), RLIMIT_NOFILE): every event stream holds a socket, and a server out of
/// descriptors can accept nothing, not even the officers' commands. .NET has no API for it, hence the one call.
/// </summary>
internal static class OpenFileLimit
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

    /// <summary>
    /// The most client connections Kestrel keeps: the limit less <see cref="ServerOptions.ReservedFiles"/> (at least half
    /// of it). A process out of descriptors fails as out of memory (the runtime needs them too), and connections refused
    /// over the cap still hold a descriptor until they are closed, so the margin is wide.
    /// </summary>
    public static int Connections(ServerOptions options)
    {
        var files = Current();
        return Math.Max(files / 2, files - options.ReservedFiles);
    }

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
