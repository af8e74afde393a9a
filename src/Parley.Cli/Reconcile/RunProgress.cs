using Parley.Matching.Reconciliation;
using Spectre.Console;

namespace Parley.Cli.Reconcile;

/// <summary>
/// The progress of `parley reconcile --exchange`, on the database or inside a server: bars on a terminal
/// (<see cref="SpectreProgress"/>); elsewhere (a pipe, a log) one line on the error stream each time the run enters a
/// stage, so the output keeps only the report.
/// </summary>
internal static class RunProgress
{
    private static bool OnTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs the engine in this process with its progress shown.</summary>
    public static T Show<T>(TextWriter output, TextWriter error, Func<IProgress<ReconcileProgress>, T> work)
    {
        if (OnTerminal(output))
        {
            return SpectreProgress.Show(AnsiConsole.Console, sink => work(new Relay(sink)));
        }
        return work(new Relay(new StageLines(error)));
    }

    /// <summary>Follows a run elsewhere (a server) with its progress shown.</summary>
    public static async Task<T> ShowAsync<T>(TextWriter output, TextWriter error, Func<IReconcileProgressSink, Task<T>> work)
    {
        if (OnTerminal(output))
        {
            return await AnsiConsole.Console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(context => work(new SpectreProgress(context)));
        }
        return await work(new StageLines(error));
    }

    private sealed class Relay(IReconcileProgressSink sink) : IProgress<ReconcileProgress>
    {
        public void Report(ReconcileProgress value) => sink.Report(value.Stage, value.Total == 0 ? 1 : (double)value.Done / value.Total, value.Done);
    }

    /// <summary>One line per stage entered, e.g. "reconciling: scoring".</summary>
    private sealed class StageLines(TextWriter error) : IReconcileProgressSink
    {
        private readonly Lock _gate = new();
        private string? _stage;

        public void Report(string stage, double fraction, long records)
        {
            lock (_gate)
            {
                if (stage.Length > 0 && stage != _stage)
                {
                    _stage = stage;
                    error.WriteLine($"reconciling: {stage}");
                }
            }
        }
    }
}
