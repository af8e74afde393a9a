using System.Collections.Concurrent;
using Parley.Matching.Reconciliation;
using Xunit;

namespace Parley.Matching.Tests.Reconciliation;

/// <summary>
/// The engine's parallel loops run where the task that calls it runs: a server gives it threads of its own, below the
/// live broadcast's (issue 14), and a loop that fell back to the thread pool would take every core again.
/// </summary>
public sealed class EngineSchedulingTests
{
    [Fact]
    public async Task the_engine_s_parallel_loops_run_on_the_scheduler_of_the_task_that_calls_it_and_give_the_same_result()
    {
        var data = Parley.Demo.Synthetic.SyntheticLists.Generate(1500, 4);
        using var own = new TwoThreadScheduler();

        var inside = await Task.Factory.StartNew(() => Reconciler.Reconcile(data.Left, data.Right), CancellationToken.None, TaskCreationOptions.DenyChildAttach, own);
        var outside = Reconciler.Reconcile(data.Left, data.Right);

        // The call itself, then the loops' workers (blocking, preparing, u-estimation, scoring), each queued to it.
        Assert.True(own.Queued >= 1 + (Environment.ProcessorCount > 1 ? 4 : 0), $"{own.Queued} tasks reached the caller's scheduler");
        Assert.Equal(Rendered(outside), Rendered(inside));
    }

    /// <summary>The pairs, their decisions and weights to nine places (sums over chunks may differ in the last bits when the
    /// loops split the work otherwise).</summary>
    private static IEnumerable<string> Rendered(ReconciliationResult result) =>
        result.Pairs.Select(p => $"{p.Left}:{p.Right}:{p.Weight:0.000000000}:{p.Decision}").Order(StringComparer.Ordinal);

    /// <summary>A scheduler on two threads of its own that counts the tasks given to it.</summary>
    private sealed class TwoThreadScheduler : TaskScheduler, IDisposable
    {
        private readonly BlockingCollection<Task> _queue = [];
        private readonly Thread[] _threads;
        private int _queued;

        public TwoThreadScheduler()
        {
            _threads = [Start(), Start()];
        }

        public int Queued => Volatile.Read(ref _queued);

        public override int MaximumConcurrencyLevel => _threads.Length;

        private Thread Start()
        {
            var thread = new Thread(() =>
            {
                foreach (var task in _queue.GetConsumingEnumerable())
                {
                    TryExecuteTask(task);
                }
            })
            { IsBackground = true };
            thread.Start();
            return thread;
        }

        public void Dispose() => _queue.CompleteAdding();

        protected override void QueueTask(Task task)
        {
            Interlocked.Increment(ref _queued);
            _queue.Add(task);
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
            _threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

        protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();
    }
}
