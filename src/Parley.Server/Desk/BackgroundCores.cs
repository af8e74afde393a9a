using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Parley.Server.Desk;

/// <summary>
/// A task scheduler on a few dedicated threads that the operating system runs only when the server's own threads leave
/// a core idle: reconciliation scores tens of millions of pairs inside the server while thousands of live-page readers
/// wait for the next entry (issue 14's bar: their p99 under 2× its idle figure). Capping the scoring at all cores but one
/// is not enough on a small machine, where the cores left are shared with everything else. On Linux each thread takes the
/// idle scheduling policy (sched_setscheduler(2), SCHED_IDLE, which Linux keeps per thread): any ordinary thread that
/// wakes takes the core from it at once; a higher nice value alone still let the live stream's p99 reach 2–3.6× its idle
/// figure during a run (bench desk-load), SCHED_IDLE 1.3–1.8×. The nice value is raised too, for systems that refuse the
/// policy. .NET has no API for either (<see cref="Thread.Priority"/> is ignored on Linux), hence the calls. Elsewhere
/// the threads get <see cref="ThreadPriority.BelowNormal"/>.
/// </summary>
internal sealed class BackgroundCores : TaskScheduler, IDisposable
{
    /// <summary>The nice value of the scoring threads: well below the server's (0), and the run still has every idle cycle.</summary>
    public const int Niceness = 10;

    /// <summary>PRIO_PROCESS, which on Linux names one thread when given a thread id.</summary>
    private const int PriorityOfProcess = 0;

    /// <summary>The highest nice value Linux takes.</summary>
    private const int LowestPriority = 19;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public BackgroundCores(int threads)
    {
        _threads = [.. Enumerable.Range(0, Math.Max(1, threads)).Select(i => new Thread(Work) { IsBackground = true, Name = $"Parley scoring {i + 1}" })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    /// <inheritdoc/>
    public override int MaximumConcurrencyLevel => _threads.Length;

    public void Dispose() => _queue.CompleteAdding();

    /// <inheritdoc/>
    protected override void QueueTask(Task task) => _queue.Add(task);

    /// <inheritdoc/>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Array.IndexOf(_threads, Thread.CurrentThread) >= 0 && TryExecuteTask(task);

    /// <inheritdoc/>
    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        Lower();
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    /// <summary>
    /// Lowers the calling thread's priority by <see cref="Niceness"/> from the process's own (a server started under
    /// <c>nice</c> keeps the difference); where the system refuses, the thread still runs, at the usual priority.
    /// </summary>
    private static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            return;
        }
        var thread = GetThreadId();
        // getpriority(2) may return -1 as a value: only errno tells a failure apart.
        Marshal.SetLastPInvokeError(0);
        var current = GetPriority(PriorityOfProcess, thread);
        if (current != -1 || Marshal.GetLastPInvokeError() == 0)
        {
            SetPriority(PriorityOfProcess, thread, Math.Min(LowestPriority, current + Niceness));
        }
        // SCHED_IDLE (sched(7)): a nice value only weighs the thread less, and a request thread that wakes may still wait
        // for the scheduler's granularity; an idle-policy thread is preempted at once by any ordinary one that wakes.
        // Allowed to an unprivileged thread; where refused, the nice value above stands.
        var parameter = 0;
        SetScheduler(thread, IdlePolicy, ref parameter);
    }

    /// <summary>SCHED_IDLE: runs only on what the ordinary threads leave.</summary>
    public const int IdlePolicy = 5;

    [DllImport("libc", EntryPoint = "sched_setscheduler", SetLastError = true)]
    private static extern int SetScheduler(int pid, int policy, ref int parameter);

    [DllImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
