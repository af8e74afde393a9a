namespace Parley.Cli.Reconcile;

/// <summary>Receives a run's progress: the stage, the fraction of it done (0 to 1), and records done so far.</summary>
internal interface IReconcileProgressSink
{
    void Report(string stage, double fraction, long records);
}

/// <summary>Progress nobody watches (tests, pipes).</summary>
internal sealed class SilentProgress : IReconcileProgressSink
{
    public static readonly SilentProgress Instance = new();

    public void Report(string stage, double fraction, long records)
    {
    }
}
