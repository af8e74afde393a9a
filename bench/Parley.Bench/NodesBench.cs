using System.Diagnostics;
using System.Globalization;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Bench;

/// <summary>
/// Appends per second on PostgreSQL with group commit (issue 17): (1) one node's writer with all the producers, and
/// (2) three nodes' writers on the same database at once, the producers spread over them, every batch serialised by the
/// append lock and decided after the other nodes' events (docs/deployment.md §5). The writers are the servers' own
/// (ParleyStore), in this process; the commands are one-event listings of new people, through the JSON reader. A private
/// PostgreSQL cluster is started for the run. Usage: <c>nodes [--events 30000] [--producers 48]</c>.
/// </summary>
internal static class NodesBench
{
    public static int Run(string[] args)
    {
        var events = BenchOptions.Int(args, "--events", 30_000);
        var producers = BenchOptions.Int(args, "--producers", 48);
        if (producers < 3 || events < producers)
        {
            Console.Error.WriteLine("nodes: --producers must be at least 3 and --events at least --producers.");
            return 2;
        }
        using var folder = BenchOptions.NewFolder();
        using var cluster = new PostgresCluster();
        Console.WriteLine($"Appends on PostgreSQL through the command path, group commit, {producers} producers; {folder.Path}");
        var one = Append(cluster.CreateDatabase(), folder.File("one.key"), nodes: 1, events / producers, producers);
        var three = Append(cluster.CreateDatabase(), folder.File("three.key"), nodes: 3, events / producers, producers);

        Console.WriteLine();
        Console.WriteLine($"{"run",-44} {"events",10} {"seconds",9} {"events/s",12} {"commits",9}");
        Print("one node", one);
        Print("three nodes writing at once", three);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio three nodes / one node: {three.Rate / one.Rate:0.00}x"));
        return 0;
    }

    private sealed record Result(long Events, TimeSpan Elapsed, long Commits)
    {
        public double Rate => Events / Elapsed.TotalSeconds;
    }

    private static Result Append(string database, string key, int nodes, int personsPerProducer, int producers)
    {
        var settings = new StoreSettings { LogKeyPath = key };
        var stores = new List<ParleyStore> { ParleyStore.Open(database, OpenMode.CreateIfMissing, settings: settings) };
        try
        {
            foreach (var outcome in stores[0].Execute(CommandLines.Setup().Select(CommandText.Parse).ToList()))
            {
                Check(outcome);
            }
            while (stores.Count < nodes)
            {
                stores.Add(ParleyStore.Open(database, OpenMode.MustExist, settings: settings));
            }
            var before = stores[0].Log.LastSequence;
            var clock = Stopwatch.StartNew();
            Task.WhenAll(Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
            {
                var store = stores[p % stores.Count];
                for (var i = 0; i < personsPerProducer; i++)
                {
                    var n = p * personsPerProducer + i;
                    Check(await store.ExecuteAsync(CommandText.Parse(CommandLines.ListPersons(n, 1, CommandLines.Side(n)))).ConfigureAwait(false));
                }
            }))).GetAwaiter().GetResult();
            clock.Stop();
            var last = stores.Max(s => s.State.Version);
            var expected = (long)personsPerProducer * producers;
            if (last - before != expected)
            {
                throw new InvalidOperationException($"expected {expected} events appended, found {last - before}");
            }
            return new Result(expected, clock.Elapsed, stores.Sum(s => s.WriterStatistics.Batches));
        }
        finally
        {
            foreach (var store in stores)
            {
                store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    private static void Check(CommandOutcome outcome)
    {
        if (!outcome.Accepted)
        {
            throw new InvalidOperationException($"the benchmark's own {outcome.Command.Name} was rejected: {outcome.Reason}");
        }
    }

    private static void Print(string run, Result r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run,-44} {r.Events,10:N0} {r.Elapsed.TotalSeconds,9:0.00} {r.Rate,12:N0} {r.Commits,9:N0}"));
}
