using System.Runtime.InteropServices;

namespace Parley.Bench.Broadcast;

/// <summary>Raises this process's open-file limit to its hard limit (child processes inherit it): 10,000 sockets need it.</summary>
internal static class FileLimits
{
    private const int RlimitNoFile = 7;

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrlimit(int resource, out RLimit limit);

    [DllImport("libc", SetLastError = true)]
    private static extern int setrlimit(int resource, in RLimit limit);

    /// <summary>The soft limit after raising it; 0 when it cannot be read (not Linux).</summary>
    public static ulong RaiseToHardLimit()
    {
        if (!OperatingSystem.IsLinux() || getrlimit(RlimitNoFile, out var limit) != 0)
        {
            return 0;
        }
        if (limit.Current < limit.Maximum)
        {
            var raised = limit with { Current = limit.Maximum };
            if (setrlimit(RlimitNoFile, raised) == 0)
            {
                return raised.Current;
            }
        }
        return limit.Current;
    }
}
