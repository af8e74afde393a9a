using System.Collections.Concurrent;
using System.Globalization;
using Parley.Server.Desk;

namespace Parley.Server.Tests.Desk;

/// <summary>
/// Reconciliation inside the server scores on threads the system runs after the server's own (issue 14's bar on the live
/// stream while a run goes on): the run's task and every parallel loop inside it stay on those threads.
/// </summary>
public sealed class BackgroundCoresTests
{
    [Fact]
    public async Task a_task_and_the_parallel_loops_on_its_scheduler_run_on_the_scheduler_s_own_threads_at_a_lower_priority()
    {
        using var cores = new BackgroundCores(2);
        var seen = new ConcurrentBag<(int Thread, bool Pooled, int Nice, int Policy)>();

        var outer = await Task.Factory.StartNew(
            () =>
            {
                Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 4, TaskScheduler = TaskScheduler.Current }, _ =>
                {
                    seen.Add((Environment.CurrentManagedThreadId, Thread.CurrentThread.IsThreadPoolThread, NiceOfThisThread(), PolicyOfThisThread()));
                    Thread.SpinWait(20_000);
                });
                return (Environment.CurrentManagedThreadId, NiceOfThisThread());
            },
            CancellationToken.None, TaskCreationOptions.DenyChildAttach, cores);

        Assert.Equal(64, seen.Count);
        Assert.DoesNotContain(seen, s => s.Pooled);
        Assert.InRange(seen.Select(s => s.Thread).Distinct().Count(), 1, 2);
        Assert.Contains(outer.Item1, seen.Select(s => s.Thread));
        Assert.Equal(Math.Min(19, NiceOfThisThread() + BackgroundCores.Niceness), outer.Item2);
        Assert.All(seen, s => Assert.Equal(outer.Item2, s.Nice));
        Assert.All(seen, s => Assert.Equal(BackgroundCores.IdlePolicy, s.Policy));
        Assert.Equal(0, PolicyOfThisThread());
    }

    /// <summary>The calling thread's nice value, from /proc (proc(5): field 19 of the thread's stat).</summary>
    private static int NiceOfThisThread() => StatField(19);

    /// <summary>The calling thread's scheduling policy, from /proc (proc(5): field 41 of the thread's stat; 0 is SCHED_OTHER, 5 SCHED_IDLE).</summary>
    private static int PolicyOfThisThread() => StatField(41);

    /// <summary>A numeric field of /proc/thread-self/stat, counted from 1 as proc(5) does (the third is the first after the command name).</summary>
    private static int StatField(int number)
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[number - 3], CultureInfo.InvariantCulture);
    }
}
