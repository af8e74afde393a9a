using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Parley.Bench.Broadcast;
using Parley.Server;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Bench;

/// <summary>
/// Issue 17's catch-up bar: a node restarted behind <c>--events</c> events (1,000,000 by default) that other nodes wrote
/// while it was down is serving current pages within 10 s. The log is written on a private PostgreSQL cluster through the
/// command path (<see cref="RebuildBench.Build"/>); then a <c>parley serve</c> node (this bench as a child, with the
/// server's own GC) starts on it and is timed from its process start until its health check answers and until the live
/// page of the exchange says the last event. Usage: <c>catchup [--events 1000000]</c>.
/// </summary>
internal static class CatchUpBench
{
    private static readonly TimeSpan Bar = TimeSpan.FromSeconds(10);

    public static int Run(string[] args)
    {
        if (args.FirstOrDefault() == "--serve")
        {
            return Serve(args[1], args[2], args[3]);
        }
        var persons = Math.Max(2, BenchOptions.Int(args, "--events", 1_000_000) / 5);
        using var folder = BenchOptions.NewFolder();
        using var cluster = new PostgresCluster();
        var database = cluster.CreateDatabase();
        var key = folder.File("log.key");
        var clock = Stopwatch.StartNew();
        long last;
        using (var writer = ParleyStore.Open(database, OpenMode.CreateIfMissing, settings: new StoreSettings { LogKeyPath = key }))
        {
            RebuildBench.Build(writer, persons);
            last = writer.Log.LastSequence;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"catchup: {last:N0} events written on PostgreSQL (port {cluster.Port}) in {clock.Elapsed.TotalSeconds:0.0} s by another writer; now a node starts behind all of them"));

        var port = SseBench.FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        clock.Restart();
        using var node = SseBench.StartSelf(["catchup", "--serve", database, key, $"http://127.0.0.1:{port}"]);
        var healthy = WaitFor(http, "/healthz", _ => true, TimeSpan.FromSeconds(120));
        var current = WaitFor(http, $"/live/{CommandLines.Exchange}", page => BenchRound.Through(page) >= last, TimeSpan.FromSeconds(120));
        // What the node holds once current: what it keeps of the log (the state, the live pages, the feasibility's
        // counts) grows with the log, and a node must fit beside its database.
        var resident = ProcessMemory.ResidentBytes(node.Id, withChildren: false);
        node.Kill(entireProcessTree: true);

        Console.WriteLine();
        Console.WriteLine($"{"step",-50} {"seconds",9}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"node process start to /healthz answering",-50} {healthy.TotalSeconds,9:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"node process start to the live page at the last event",-50} {current.TotalSeconds,9:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"node's resident memory once current: {resident / 1048576.0:N0} MiB"));
        // Most of a small run is the node's own start, which does not grow with the log: the bar is read at its own size.
        var verdict = last < 1_000_000 ? "not read below 1,000,000 events" : current <= Bar ? "met" : "MISSED";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"catch-up of {last:N0} events: {current.TotalSeconds:0.00} s; target <= {Bar.TotalSeconds:0} s at 1,000,000 events: {verdict}"));
        return 0;

        TimeSpan WaitFor(HttpClient client, string path, Func<string, bool> done, TimeSpan limit)
        {
            while (clock.Elapsed < limit)
            {
                try
                {
                    var asked = clock.Elapsed;
                    using var response = client.GetAsync(path).GetAwaiter().GetResult();
                    var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                    if (Environment.GetEnvironmentVariable("PARLEY_BENCH_TRACE") is not null)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {asked.TotalSeconds:0.00} s {path}: {(int)response.StatusCode} after {(clock.Elapsed - asked).TotalMilliseconds:0} ms, through {BenchRound.Through(body)}"));
                    }
                    if (response.IsSuccessStatusCode && done(body))
                    {
                        return clock.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Listening, not answering yet.
                }
                Thread.Sleep(20);
            }
            throw new TimeoutException($"{path} did not answer as expected within {limit.TotalSeconds:0} s");
        }
    }

    /// <summary>The child: a server node on the database, quiet, with the configuration `parley serve` would give it.</summary>
    private static int Serve(string database, string key, string urls)
    {
        var clock = Stopwatch.StartNew();
        var app = ParleyServer.Build(new ServerOptions
        {
            DatabasePath = database,
            Store = new StoreSettings { LogKeyPath = key },
            Urls = urls,
            RequestLogging = false,
        });
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built in {clock.Elapsed.TotalSeconds:0.00} s"));
        app.Start();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"listening after {clock.Elapsed.TotalSeconds:0.00} s"));
        app.WaitForShutdown();
        return 0;
    }
}
