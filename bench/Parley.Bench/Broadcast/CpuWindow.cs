namespace Parley.Bench.Broadcast;

/// <summary>
/// The CPU seconds each party to a run (servers, proxy, the bench's own clients) took while the measured entries were
/// published and delivered: on a machine whose cores all of them share, it says whose work the latency waits on.
/// </summary>
internal sealed class CpuWindow(params (string Name, Func<double> Seconds)[] parties)
{
    private double[] _start = [];
    private double[] _end = [];

    /// <summary>The bench process's own CPU seconds (its subscribers' sockets and the publisher).</summary>
    public static double Self() => ProcessMemory.CpuSeconds(Environment.ProcessId);

    public void Start() => _start = [.. parties.Select(p => p.Seconds())];

    public void Stop() => _end = [.. parties.Select(p => p.Seconds())];

    /// <summary>Each party's CPU seconds in the window, and their sum.</summary>
    public IReadOnlyList<(string Name, double Seconds)> Taken()
    {
        if (_end.Length == 0)
        {
            return [];
        }
        var taken = parties.Select((p, i) => (p.Name, _end[i] - _start[i])).ToList();
        taken.Add(("all", taken.Sum(t => t.Item2)));
        return taken;
    }
}
