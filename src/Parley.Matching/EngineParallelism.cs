namespace Parley.Matching;

/// <summary>
/// The options of every parallel loop in the engine: all cores, on the scheduler of the task the engine runs in. A loop
/// given no scheduler runs on the thread pool whatever task called it (a new <see cref="ParallelOptions"/> names
/// <see cref="TaskScheduler.Default"/>), so a server that runs the engine on threads of its own (beside the live
/// broadcast and the officers' requests) would find the scoring on every core of the pool again.
/// </summary>
internal static class EngineParallelism
{
    public static ParallelOptions Options() =>
        new() { MaxDegreeOfParallelism = Environment.ProcessorCount, TaskScheduler = TaskScheduler.Current };
}
