using System.Diagnostics;
using Marten;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Bench;

/// <summary>
/// Issue 17's append bar on PostgreSQL: Parley's whole command path with group commit (JSON line, reader, decider, codec,
/// projections and the public record's leaves in the same transaction) against Marten, the .NET event store on
/// PostgreSQL a user would otherwise pick, appending the same people's same three events (listed, matched, verified) to
/// one stream per person, in the same run on the same private cluster. Each producer waits for every append to be
/// durable before the next, as an officer's client waits for its acknowledgement; Marten runs in its quick append mode
/// (its fastest), one session per append, and again with the appends of a producer's person in one session. Parley also
/// runs as three nodes (three stores on one database, the producers spread over them, every batch serialised by the append
/// lock and decided after the others' events: docs/deployment.md §5), and as one node again while <c>--listeners</c> (64)
/// connections LISTEN on the log's channel and take every notification, as that many nodes' followers would: PostgreSQL's
/// NOTIFY takes a global lock at commit and slows with many listeners, which notifying once per batch keeps to one
/// notification per commit. Usage: <c>appends-pg [--events 60000] [--producers 64] [--listeners 64]</c>.
/// </summary>
internal static class MartenBench
{
    public static int Run(string[] args)
    {
        var events = BenchOptions.Int(args, "--events", 60_000);
        var producers = BenchOptions.Int(args, "--producers", 64);
        var listeners = BenchOptions.Int(args, "--listeners", 64);
        var persons = Math.Max(1, events / 3 / producers);
        using var cluster = new PostgresCluster();
        Console.WriteLine($"appends-pg: {persons * producers:N0} people x 3 events, {producers} producers each awaiting durability; PostgreSQL on port {cluster.Port}");

        using var folder = BenchOptions.NewFolder();
        var parley = Parley(cluster.CreateDatabase(), folder.File("log.key"), nodes: 1, persons, producers);
        Console.WriteLine(FormattableString.Invariant($"  Parley, group commit: {parley.Events:N0} events in {parley.Elapsed.TotalSeconds:0.00} s"));
        var threeNodes = Parley(cluster.CreateDatabase(), folder.File("nodes.key"), nodes: 3, persons, producers);
        Console.WriteLine(FormattableString.Invariant($"  Parley, three nodes: {threeNodes.Events:N0} events in {threeNodes.Elapsed.TotalSeconds:0.00} s"));
        var listened = Listened(cluster.CreateDatabase(), folder.File("listened.key"), listeners, persons, producers);
        Console.WriteLine(FormattableString.Invariant($"  Parley, {listeners} listeners: {listened.Result.Events:N0} events in {listened.Result.Elapsed.TotalSeconds:0.00} s, {listened.Notifications:N0} wake-ups of the listeners (notifications, coalesced)"));
        var martenEach = Marten(cluster.CreateDatabase(), persons, producers, perPerson: false).GetAwaiter().GetResult();
        Console.WriteLine(FormattableString.Invariant($"  Marten, a session per event: {martenEach.Events:N0} events in {martenEach.Elapsed.TotalSeconds:0.00} s"));
        var martenPerson = Marten(cluster.CreateDatabase(), persons, producers, perPerson: true).GetAwaiter().GetResult();
        Console.WriteLine(FormattableString.Invariant($"  Marten, a session per person (3 events): {martenPerson.Events:N0} events in {martenPerson.Elapsed.TotalSeconds:0.00} s"));

        Console.WriteLine();
        Console.WriteLine($"{"mode",-46} {"events",10} {"seconds",9} {"events/s",12}");
        Print("Parley, group commit, whole command path", parley);
        Print("Parley, the same, three nodes writing at once", threeNodes);
        Print($"Parley, one node, {listeners} connections listening", listened.Result);
        Print("Marten quick append, a session per event", martenEach);
        Print("Marten quick append, a session per person", martenPerson);
        Console.WriteLine(FormattableString.Invariant(
            $"ratio Parley / Marten: {parley.Rate / martenEach.Rate:0.00}x (a session per event, the same acknowledgement), {parley.Rate / martenPerson.Rate:0.00}x (Marten's 3 events per session); goal >= 1x: {(parley.Rate >= martenEach.Rate ? "met" : "MISSED")}"));
        Console.WriteLine(FormattableString.Invariant(
            $"{listeners} listeners: {listened.Result.Rate / parley.Rate:0.00}x without, {listened.Notifications / (double)Math.Max(1, listeners):N0} wake-ups each"));
        Console.WriteLine(FormattableString.Invariant(
            $"three nodes: {threeNodes.Rate / parley.Rate:0.00}x one node, {threeNodes.Rate / martenEach.Rate:0.00}x Marten (a session per event); goal >= 1x: {(threeNodes.Rate >= martenEach.Rate ? "met" : "MISSED")}"));
        return 0;
    }

    private static void Print(string mode, AppendBench.Result result) =>
        Console.WriteLine(FormattableString.Invariant($"{mode,-46} {result.Events,10:N0} {result.Elapsed.TotalSeconds,9:0.00} {result.Rate,12:N0}"));

    private static AppendBench.Result Parley(string database, string logKey, int nodes, int persons, int producers)
    {
        var settings = new StoreSettings { LogKeyPath = logKey };
        var stores = new List<ParleyStore> { ParleyStore.Open(database, OpenMode.CreateIfMissing, settings: settings) };
        try
        {
            while (stores.Count < nodes)
            {
                stores.Add(ParleyStore.Open(database, OpenMode.MustExist, settings: settings));
            }
            return AppendBench.GroupCommitted(stores, persons, producers, scattered: false, nodes == 1 ? "  Parley:" : $"  Parley, {nodes} nodes:");
        }
        finally
        {
            foreach (var store in stores)
            {
                store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>One node's appends while <paramref name="listeners"/> connections wait on the log's channel and take every notification.</summary>
    private static (AppendBench.Result Result, long Notifications) Listened(string database, string logKey, int listeners, int persons, int producers)
    {
        using (ParleyStore.Open(database, OpenMode.CreateIfMissing, settings: new StoreSettings { LogKeyPath = logKey }))
        {
            // Creates the schema the listeners' channel belongs to.
        }
        using var stop = new CancellationTokenSource();
        var followers = Enumerable.Range(0, listeners).Select(_ => LogNotifications.ListenAsync(database, stop.Token).GetAwaiter().GetResult()).ToList();
        long taken = 0;
        var loops = followers.Select(f => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (await f.WaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None).ConfigureAwait(false) is not null)
                {
                    Interlocked.Increment(ref taken);
                }
            }
        })).ToList();
        try
        {
            return (Parley(database, logKey, nodes: 1, persons, producers), Interlocked.Read(ref taken));
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll(loops);
            foreach (var follower in followers)
            {
                follower.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>The same facts as Parley's three events, as plain records Marten serialises itself.</summary>
    private sealed record PersonListed(string Exchange, string Person, string Side, string[] Names, string DateOfBirth);

    private sealed record PersonMatched(string Exchange, string Person);

    private sealed record PersonVerified(string Exchange, string Person);

    private static async Task<AppendBench.Result> Marten(string database, int persons, int producers, bool perPerson)
    {
        using var store = DocumentStore.For(options =>
        {
            options.Connection(database);
            options.AutoCreateSchemaObjects = JasperFx.AutoCreate.All;
            options.Events.StreamIdentity = JasperFx.Events.StreamIdentity.AsString;
            options.Events.AppendMode = JasperFx.Events.EventAppendMode.Quick;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        long appended = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
        {
            for (var i = 0; i < persons; i++)
            {
                var n = i * producers + p;
                var person = CommandLines.PersonId(n);
                object[] facts =
                [
                    new PersonListed(CommandLines.Exchange, person, CommandLines.Side(n), [$"Synthetic Person {n}"], "1990-04-12"),
                    new PersonMatched(CommandLines.Exchange, person),
                    new PersonVerified(CommandLines.Exchange, person),
                ];
                if (perPerson)
                {
                    await using var session = store.LightweightSession();
                    session.Events.StartStream(person, facts);
                    await session.SaveChangesAsync();
                }
                else
                {
                    for (var f = 0; f < facts.Length; f++)
                    {
                        await using var session = store.LightweightSession();
                        if (f == 0)
                        {
                            session.Events.StartStream(person, facts[f]);
                        }
                        else
                        {
                            session.Events.Append(person, facts[f]);
                        }
                        await session.SaveChangesAsync();
                    }
                }
                Interlocked.Add(ref appended, facts.Length);
            }
        })));
        clock.Stop();
        return new AppendBench.Result(appended, clock.Elapsed);
    }
}
