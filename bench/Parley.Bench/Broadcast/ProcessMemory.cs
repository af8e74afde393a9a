namespace Parley.Bench.Broadcast;

/// <summary>Resident memory and CPU time of a process (and its children), from /proc (Linux).</summary>
internal static class ProcessMemory
{
    public static long ResidentBytes(int pid, bool withChildren) => SelfAndChildren(pid, withChildren).Sum(Rss);

    /// <summary>The process, and with <paramref name="withChildren"/> its children (nginx's workers).</summary>
    private static IEnumerable<int> SelfAndChildren(int pid, bool withChildren)
    {
        yield return pid;
        if (!withChildren)
        {
            yield break;
        }
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var child) && ParentOf(child) == pid)
            {
                yield return child;
            }
        }
    }

    private static long Rss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }

    /// <summary>CPU seconds (user and system) the process has used so far, from /proc/PID/stat (clock ticks of 10 ms).</summary>
    public static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return double.NaN;
        }
    }

    /// <summary>CPU seconds of the process and, with <paramref name="withChildren"/>, of its children (nginx's workers).</summary>
    public static double CpuSeconds(int pid, bool withChildren) => SelfAndChildren(pid, withChildren).Sum(CpuSeconds);

    /// <summary>CPU seconds of each of the process's threads, summed by thread name (".NET TP Worker", ".NET Tiered Com", ".NET BGC").</summary>
    public static Dictionary<string, double> CpuSecondsByThread(int pid)
    {
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    var seconds = (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
                    byName[name] = byName.GetValueOrDefault(name) + seconds;
                }
                catch (Exception e) when (e is IOException or FormatException)
                {
                    // The thread ended meanwhile.
                }
            }
        }
        catch (IOException)
        {
        }
        return byName;
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return -1;
        }
    }
}
