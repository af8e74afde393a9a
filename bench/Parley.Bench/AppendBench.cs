using System.Diagnostics;
using System.Globalization;
using Parley.Core.Commands;
using Parley.Core.Wire;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Bench;

/// <summary>
/// Durable appends through the whole command path: a JSON command line, <see cref="CommandReader"/>, then
/// <see cref="ParleyStore"/> (decider, event codec, projections in the same transaction, SQLite WAL with
/// synchronous=FULL). (a) many producers each awaiting <see cref="ParleyStore.ExecuteAsync"/> for one small command
/// at a time (group commit); (b) one transaction per command (<see cref="ParleyStore.Execute(IReadOnlyList{Command}, int, Parley.Core.Actors.Actor)"/>
/// with batch size 1). Every command here yields one event. Usage: <c>appends [--events 300000] [--baseline 3000] [--producers 64]</c>.
/// </summary>
internal static class AppendBench
{
    public static int Run(string[] args)
    {
        var events = BenchOptions.Int(args, "--events", 300_000);
        var baseline = BenchOptions.Int(args, "--baseline", 3_000);
        var producers = BenchOptions.Int(args, "--producers", 64);
        if (producers < 1 || events < 3 * producers || baseline < 3)
        {
            Console.Error.WriteLine("appends: --events must be at least 3 x --producers, --baseline at least 3.");
            return 2;
        }
        using var folder = BenchOptions.NewFolder();
        Console.WriteLine($"Appends through the command path (JSON line -> CommandReader -> ParleyStore -> SQLite WAL, synchronous=FULL); {folder.Path}");
        var grouped = GroupCommitted(folder.File("grouped.db"), events / 3 / producers, producers, scattered: false);
        var scattered = GroupCommitted(folder.File("scattered.db"), events / 3 / producers, producers, scattered: true);
        var single = OnePerTransaction(folder.File("single.db"), baseline / 3);
        var ordered = InOrder(folder.File("ordered.db"), events / 3, producers);

        Console.WriteLine();
        Console.WriteLine($"{"mode",-40} {"events",10} {"seconds",9} {"events/s",12}");
        Print($"(a) group commit, {producers} producers", grouped);
        Print($"(a') same, people scattered over the roster", scattered);
        Print("(b) one transaction per event", single);
        Print($"(c) in order, {producers} per commit (parley apply's path)", ordered);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio (a)/(b): {grouped.Rate / single.Rate:0.0}x; (a')/(b): {scattered.Rate / single.Rate:0.0}x; target >= 50,000 events/s: {Verdict(grouped)} by (a), {Verdict(scattered)} by (a'), {Verdict(ordered)} by (c)"));
        return 0;
    }

    private static string Verdict(Result result) => result.Rate >= 50_000 ? "met" : "MISSED";

    internal sealed record Result(long Events, TimeSpan Elapsed)
    {
        public double Rate => Events / Elapsed.TotalSeconds;
    }

    /// <summary>The three small commands of one person's first steps: listed, matched, verified (one event each).</summary>
    private static string[] Steps(int n) =>
    [
        CommandLines.ListPersons(n, 1, CommandLines.Side(n)),
        CommandLines.Move("match", n, 1),
        CommandLines.Move("verify", n, 1),
    ];

    /// <summary>
    /// Each producer takes people through their first steps, one command at a time. In list order the producers work
    /// on neighbouring people at the same moment (as officers do, going down a roster); scattered, each works through
    /// its own far-apart part of the roster, so every commit touches pages all over the projections.
    /// </summary>
    private static Result GroupCommitted(string path, int personsPerProducer, int producers, bool scattered)
    {
        using var store = ParleyStore.Open(path, OpenMode.CreateIfMissing);
        var result = GroupCommitted(store, personsPerProducer, producers, scattered, scattered ? "(a')" : "(a)");
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return result;
    }

    /// <summary>
    /// On a new <paramref name="store"/> (of either kind): the talks set up, then the producers' people through their first
    /// steps (<see cref="Steps"/>), timed; prints the writer's commits under <paramref name="label"/>.
    /// </summary>
    internal static Result GroupCommitted(ParleyStore store, int personsPerProducer, int producers, bool scattered, string label) =>
        GroupCommitted([store], personsPerProducer, producers, scattered, label);

    /// <summary>
    /// The same over several stores on one PostgreSQL database (one per server node), producer p sending to store p modulo
    /// their number: the talks are set up on the first, which the others then take in.
    /// </summary>
    internal static Result GroupCommitted(IReadOnlyList<ParleyStore> stores, int personsPerProducer, int producers, bool scattered, string label)
    {
        Setup(stores[0]);
        foreach (var other in stores.Skip(1))
        {
            other.CatchUp();
        }
        var before = stores[0].Log.LastSequence;
        var clock = Stopwatch.StartNew();
        Task.WhenAll(Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
        {
            var store = stores[p % stores.Count];
            for (var i = 0; i < personsPerProducer; i++)
            {
                foreach (var line in Steps(scattered ? p * personsPerProducer + i : i * producers + p))
                {
                    var outcome = await store.ExecuteAsync(CommandText.Parse(line)).ConfigureAwait(false);
                    Check(outcome);
                }
            }
        }))).GetAwaiter().GetResult();
        clock.Stop();
        // Each store knows the log as far as its own last commit or turn; the last batch was someone's.
        var appended = stores.Max(s => s.Log.LastSequence) - before;
        Expect(appended, 3L * personsPerProducer * producers);
        var batches = stores.Sum(s => s.WriterStatistics.Batches);
        var requests = stores.Sum(s => s.WriterStatistics.Requests);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} {batches:N0} commits, {(double)requests / Math.Max(1, batches):0.0} commands per commit on average, largest {stores.Max(s => s.WriterStatistics.LargestBatch)}"));
        return new Result(appended, clock.Elapsed);
    }

    private static Result OnePerTransaction(string path, int persons)
    {
        using var store = ParleyStore.Open(path, OpenMode.CreateIfMissing);
        Setup(store);
        var before = store.Log.LastSequence;
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < persons; n++)
        {
            // The same parsing work as (a), one command per durable transaction.
            var outcomes = store.Execute(Steps(n).Select(CommandText.Parse).ToList(), batchSize: 1);
            foreach (var outcome in outcomes)
            {
                Check(outcome);
            }
        }
        clock.Stop();
        var appended = store.Log.LastSequence - before;
        Expect(appended, 3L * persons);
        return new Result(appended, clock.Elapsed);
    }

    /// <summary>
    /// The same commands on one thread through <see cref="ParleyStore.Execute(IReadOnlyList{Command}, int, Parley.Core.Actors.Actor)"/> in batches
    /// as large as (a) could form: what the command path costs without the concurrent writer.
    /// </summary>
    private static Result InOrder(string path, int persons, int batchSize)
    {
        using var store = ParleyStore.Open(path, OpenMode.CreateIfMissing);
        Setup(store);
        var before = store.Log.LastSequence;
        var clock = Stopwatch.StartNew();
        const int Chunk = 4096;
        for (var first = 0; first < persons; first += Chunk)
        {
            var commands = Enumerable.Range(first, Math.Min(Chunk, persons - first)).SelectMany(Steps).Select(CommandText.Parse).ToList();
            foreach (var outcome in store.Execute(commands, batchSize))
            {
                Check(outcome);
            }
        }
        clock.Stop();
        var appended = store.Log.LastSequence - before;
        Expect(appended, 3L * persons);
        return new Result(appended, clock.Elapsed);
    }

    private static void Setup(ParleyStore store)
    {
        foreach (var outcome in store.Execute(CommandLines.Setup().Select(CommandText.Parse).ToList()))
        {
            Check(outcome);
        }
    }

    private static void Check(CommandOutcome outcome)
    {
        if (!outcome.Accepted)
        {
            throw new InvalidOperationException($"the benchmark's own {outcome.Command.Name} was rejected: {outcome.Reason}");
        }
    }

    private static void Expect(long appended, long expected)
    {
        if (appended != expected)
        {
            throw new InvalidOperationException($"expected {expected} events appended, found {appended}");
        }
    }

    private static void Print(string mode, Result r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode,-40} {r.Events,10:N0} {r.Elapsed.TotalSeconds,9:0.00} {r.Rate,12:N0}"));
}
