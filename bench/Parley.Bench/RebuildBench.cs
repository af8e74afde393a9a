using System.Diagnostics;
using System.Globalization;
using Parley.Core.Events;
using Parley.Core.State;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Bench;

/// <summary>
/// Builds a log of about <c>--events</c> events (people listed a thousand a command, then matched, verified,
/// scheduled and released in lists of ten thousand: five events per person), then times
/// <see cref="ParleyStore.Rebuild"/> and, for where the time goes, the same work in stopwatch splits: read rows,
/// decode, fold, write projections. Usage: <c>rebuild [--events 1000000]</c>.
/// </summary>
internal static class RebuildBench
{
    private const int ListChunk = 1_000;
    private const int MoveChunk = 10_000;

    public static int Run(string[] args)
    {
        var persons = Math.Max(2, BenchOptions.Int(args, "--events", 1_000_000) / 5);
        using var folder = BenchOptions.NewFolder();
        var path = folder.File("rebuild.db");
        Console.WriteLine($"Rebuild: a log of {5L * persons:N0} person events ({persons:N0} people, 5 events each); {folder.Path}");

        var clock = Stopwatch.StartNew();
        using var store = ParleyStore.Open(path, OpenMode.CreateIfMissing);
        Build(store, persons);
        var events = store.Log.LastSequence;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {events:N0} events in {clock.Elapsed.TotalSeconds:0.0} s ({events / clock.Elapsed.TotalSeconds:N0} events/s through the command path, big batches)"));
        var incremental = store.Log.ReadAllProjectionsOrdered().ToList();

        Console.WriteLine();
        Console.WriteLine($"{"step",-44} {"seconds",9} {"events/s",12}");
        var splits = Splits(store.Log);
        foreach (var (step, elapsed) in splits)
        {
            Print(step, elapsed, events);
        }
        var total = splits.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        Print("sum of the splits", total, events);

        clock.Restart();
        try
        {
            var documents = store.Rebuild();
            clock.Stop();
            Print($"ParleyStore.Rebuild() ({documents:N0} documents)", clock.Elapsed, events);
            var same = incremental.SequenceEqual(store.Log.ReadAllProjectionsOrdered(), ProjectionComparer.Instance);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"target <= 10 s for 1,000,000 events: {(clock.Elapsed.TotalSeconds * 1_000_000 / events <= 10 ? "met" : "MISSED")}; rebuilt equals incremental: {same}"));
            return same ? 0 : 1;
        }
        catch (CorruptLogException e)
        {
            Console.WriteLine();
            Console.WriteLine($"ParleyStore.Rebuild() FAILED: {e.Message}");
            return 1;
        }
    }

    internal static void Build(ParleyStore store, int persons)
    {
        var lines = new List<string>(CommandLines.Setup());
        var half = persons / 2;
        for (var first = 0; first < persons; first += ListChunk)
        {
            var count = Math.Min(ListChunk, persons - first);
            // The first half of the numbers is side A, the second side B, so a list of a thousand is one side's.
            var side = first < half ? "A" : "B";
            var split = first < half && first + count > half ? half - first : count;
            lines.Add(CommandLines.ListPersons(first, split, side));
            if (split < count)
            {
                lines.Add(CommandLines.ListPersons(first + split, count - split, "B"));
            }
        }
        lines.Add(CommandLines.PlanStage("s1", half, persons - half));
        foreach (var (movement, stage) in new[] { ("match", (string?)null), ("verify", null), ("schedule", "s1"), ("release", "s1") })
        {
            for (var first = 0; first < persons; first += MoveChunk)
            {
                lines.Add(CommandLines.Move(movement, first, Math.Min(MoveChunk, persons - first), stage));
            }
        }
        var outcomes = store.Execute(lines.Select(CommandText.Parse).ToList(), batchSize: 10);
        if (outcomes.FirstOrDefault(o => !o.Accepted) is { } rejected)
        {
            throw new InvalidOperationException($"the benchmark's own {rejected.Command.Name} was rejected: {rejected.Reason}");
        }
    }

    /// <summary>The rebuild's work step by step: each step timed on its own.</summary>
    private static List<(string Step, TimeSpan Elapsed)> Splits(IEventLog log)
    {
        var clock = Stopwatch.StartNew();
        var rows = log.Read().ToList();
        var read = clock.Elapsed;

        clock.Restart();
        var decoded = new List<DomainEvent>(rows.Count);
        foreach (var row in rows)
        {
            decoded.Add(row.Decode());
        }
        var decode = clock.Elapsed;
        rows = null;

        clock.Restart();
        var state = ParleyState.Empty;
        foreach (var e in decoded)
        {
            state = state.Apply(e);
        }
        var fold = clock.Elapsed;

        clock.Restart();
        var keys = Projections.AllKeys(state).ToList();
        log.ReplaceProjections(writer => Projections.Write(state, keys, writer));
        var write = clock.Elapsed;
        return
        [
            ("read rows (SqliteEventLog.Read)", read),
            ("decode (EventCodec)", decode),
            ("fold (ParleyState.Apply)", fold),
            ($"render + write {keys.Count:N0} projections", write),
        ];
    }

    private static void Print(string step, TimeSpan elapsed, long events) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step,-44} {elapsed.TotalSeconds,9:0.00} {events / elapsed.TotalSeconds,12:N0}"));

    private sealed class ProjectionComparer : IEqualityComparer<(string Kind, string Key, byte[] Body)>
    {
        public static readonly ProjectionComparer Instance = new();

        public bool Equals((string Kind, string Key, byte[] Body) x, (string Kind, string Key, byte[] Body) y) =>
            x.Kind == y.Kind && x.Key == y.Key && x.Body.AsSpan().SequenceEqual(y.Body);

        public int GetHashCode((string Kind, string Key, byte[] Body) obj) => HashCode.Combine(obj.Kind, obj.Key);
    }
}
