using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Reconcile;

/// <summary>
/// Shows a run's progress on a terminal: one Spectre task per stage, with a bar, the records-per-second rate
/// and the remaining time. Spectre's tasks are thread-safe, so stages may report from worker threads.
/// </summary>
internal sealed class SpectreProgress(ProgressContext context) : IReconcileProgressSink
{
    private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="work"/> under a live progress display on <paramref name="console"/>.</summary>
    public static T Show<T>(IAnsiConsole console, Func<IReconcileProgressSink, T> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn())
            .Start(ctx => work(new SpectreProgress(ctx)));

    public void Report(string stage, double fraction, long records)
    {
        var task = _tasks.GetOrAdd(stage, s => context.AddTask(s, maxValue: 1.0));
        task.Value = Math.Clamp(fraction, 0, 1);
        task.Description = stage;
        task.State.Update<long>("records", _ => records);
    }

    /// <summary>Records per second since the stage started.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var records = task.State.Get<long>("records");
            var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            var text = seconds > 0 && records > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{records / seconds:N0} rec/s")
                : "";
            return new Text(text);
        }
    }
}
