using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Parley.Core.Commands;
using Parley.Demo.Synthetic;
using Parley.Server.Access;
using Parley.Server.Desk;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Bench.Broadcast;

/// <summary>
/// `Parley.Bench desk-load [--people N] [--subscribers N] [--interval MS] [--idle N] [--seconds S] [--parley-env NAME=VALUE]…`: issue 14's bar. A
/// Parley server in its own process holds an exchange with a request list and an offer list of N synthetic people each
/// (default 10,000, the same people written differently) and N live-page subscribers (default 2,000) on a round's page,
/// the press publishing an entry every interval. First the idle figure: publication-to-receipt latency of
/// <c>--idle</c> entries with nothing else running. Then the mediator starts reconciliation inside the server (the API
/// `parley reconcile --server` uses) and the press keeps publishing until the run is done; the figure is over the entries
/// published while it ran. Goal: the p99 during the run under 2× the idle p99, both measured in this run. Loopback only.
/// An entry every 10 ms by default: a 10,000-person run takes a couple of seconds, and at 50 ms its two dozen entries made
/// the "p99" their maximum, set against the idle p99 of hundreds.
/// </summary>
internal static class DeskLoadBench
{
    private const string Exchange = "x-bench";

    public static int Run(string[] args)
    {
        var people = BenchOptions.Int(args, "--people", 10_000);
        var subscribers = BenchOptions.Int(args, "--subscribers", 2_000);
        var interval = TimeSpan.FromMilliseconds(BenchOptions.Int(args, "--interval", 10));
        var idle = BenchOptions.Int(args, "--idle", 1_500);
        var budget = TimeSpan.FromSeconds(BenchOptions.Int(args, "--seconds", 900));
        // Room for a run of up to ten minutes at the interval.
        var capacity = idle + (int)(TimeSpan.FromMinutes(10) / interval);
        var limit = Parley.Server.Live.OpenFileLimit.RaiseToHardLimit();
        Console.WriteLine($"desk-load: {people:N0} × {people:N0} people, {subscribers:N0} subscribers, an entry every {interval.TotalMilliseconds} ms; open-file limit {limit:N0}; load average {LoadAverage()}");
        using var cts = new CancellationTokenSource(budget);
        using var folder = BenchOptions.NewFolder();
        try
        {
            return RunAsync(folder, people, subscribers, interval, idle, capacity, BenchOptions.ParleyEnvironment(args), cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"desk-load: stopped at the time budget of {budget.TotalSeconds} s");
            return 1;
        }
    }

    private static async Task<int> RunAsync(TempFolder folder, int people, int subscribers, TimeSpan interval, int idle, int capacity, KeyValuePair<string, string>[] parleyEnvironment, CancellationToken cancellationToken)
    {
        var db = folder.File("desk-load.db");
        var clock = Stopwatch.StartNew();
        Prepare(db, people);
        Console.WriteLine($"  database with both lists prepared in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        string press, mediator;
        using (var tokens = TokenStore.Open(db))
        {
            press = tokens.Create(Role.Press, null).Token;
            mediator = tokens.Create(Role.Mediator, null).Token;
        }
        var port = SseBench.FreePort();
        using var server = SseBench.StartSelf(["sse", "--serve", db, $"http://127.0.0.1:{port}"], parleyEnvironment);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            // Replaying twenty thousand people takes a while on a shared machine.
            for (var up = Stopwatch.StartNew(); ; await Task.Delay(500, cancellationToken))
            {
                try
                {
                    using var health = await http.GetAsync("/healthz", cancellationToken);
                    break;
                }
                catch (HttpRequestException) when (up.Elapsed < TimeSpan.FromMinutes(5) && !server.HasExited)
                {
                }
            }
            Console.WriteLine($"  server up in {clock.Elapsed.TotalSeconds:0.0} s");
            var page = await http.GetStringAsync("/live/bench", cancellationToken);
            var through = page.Split("data-last=\"")[1].Split('"')[0];
            clock.Restart();
            await using var swarm = await SseSwarm.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), $"/live/bench/events?after={through}", subscribers, capacity, cancellationToken);
            while (swarm.Ready < subscribers)
            {
                await Task.Delay(100, cancellationToken);
            }
            Console.WriteLine($"  {subscribers:N0} subscribers connected in {clock.Elapsed.TotalSeconds:0.0} s");
            using var pressHttp = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            pressHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", press);
            var published = new long[capacity];
            var next = 0;
            async Task PublishOne(int n)
            {
                published[n] = Stopwatch.GetTimestamp();
                using var response = await pressHttp.PostAsync("/api/live/bench/entries",
                    new StringContent($"{{\"markdown\":\"PQX{n}X\"}}", Encoding.UTF8, "application/json"), cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            // Warm-up (unmeasured entries are not in the swarm's range: n = -1), then the idle figure.
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(15))
            {
                using (var response = await pressHttp.PostAsync("/api/live/bench/entries", new StringContent("{\"markdown\":\"PQX-1X\"}", Encoding.UTF8, "application/json"), cancellationToken))
                {
                    response.EnsureSuccessStatusCode();
                }
                await Task.Delay(interval, cancellationToken);
            }
            Console.WriteLine($"  idle: load average {LoadAverage()}");
            for (; next < idle; next++)
            {
                await PublishOne(next);
                await Task.Delay(interval, cancellationToken);
            }

            // The run inside the server, entries published all the while.
            using var mediatorHttp = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            mediatorHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", mediator);
            var firstDuring = next;
            var runClock = Stopwatch.StartNew();
            using (var started = await mediatorHttp.PostAsync($"/api/exchanges/{Exchange}/reconciliation", null, cancellationToken))
            {
                started.EnsureSuccessStatusCode();
            }
            var status = "queued";
            var stage = "";
            var loadDuring = "";
            var stages = new List<(string Stage, int FirstEntry)>();
            var polling = Task.Run(async () =>
            {
                while (status is "queued" or "running")
                {
                    using var doc = JsonDocument.Parse(await mediatorHttp.GetStringAsync($"/api/exchanges/{Exchange}/reconciliation", cancellationToken));
                    status = doc.RootElement.GetProperty("state").GetString()!;
                    var now = doc.RootElement.GetProperty("stage").GetString()!;
                    if (now != stage)
                    {
                        stage = now;
                        stages.Add((stage, Volatile.Read(ref next)));
                        Console.WriteLine($"  {runClock.Elapsed.TotalSeconds,6:0.0} s  {stage}");
                    }
                    if (runClock.Elapsed > TimeSpan.FromSeconds(5) && loadDuring.Length == 0)
                    {
                        loadDuring = LoadAverage();
                    }
                    await Task.Delay(100, cancellationToken);
                }
            }, cancellationToken);
            while (!polling.IsCompleted && next < capacity)
            {
                await PublishOne(next++);
                await Task.Delay(interval, cancellationToken);
            }
            await polling;
            var runSeconds = runClock.Elapsed.TotalSeconds;
            var lastDuring = next;
            using (var final = JsonDocument.Parse(await mediatorHttp.GetStringAsync($"/api/exchanges/{Exchange}/reconciliation", cancellationToken)))
            {
                Console.WriteLine($"  the run: {status} in {runSeconds:0.0} s, {final.RootElement.GetProperty("candidates").GetInt32():N0} candidates; {(final.RootElement.TryGetProperty("message", out var message) ? message.GetString() : "")}");
            }
            var deadline = Stopwatch.StartNew();
            while (swarm.Deliveries < (long)lastDuring * subscribers && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100, cancellationToken);
            }

            var quiet = Figures(swarm, published, 0, firstDuring);
            var busy = Figures(swarm, published, firstDuring, lastDuring);
            Console.WriteLine();
            Console.WriteLine($"{"",-22} {"entries",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"missing",8}");
            Console.WriteLine($"{"idle",-22} {firstDuring,8:N0} {quiet.P50,8:0.0} {quiet.P99,8:0.0} {quiet.Max,8:0.0} {quiet.Missing,8:N0}");
            Console.WriteLine($"{"during reconciliation",-22} {lastDuring - firstDuring,8:N0} {busy.P50,8:0.0} {busy.P99,8:0.0} {busy.Max,8:0.0} {busy.Missing,8:N0}");
            // Where the slow ones were: the entries published while each stage ran (a stage's start is when polling saw it).
            for (var i = 0; i < stages.Count; i++)
            {
                var from = Math.Max(firstDuring, stages[i].FirstEntry);
                var to = i + 1 < stages.Count ? stages[i + 1].FirstEntry : lastDuring;
                if (to > from)
                {
                    var part = Figures(swarm, published, from, to);
                    Console.WriteLine($"{"  " + stages[i].Stage,-22} {to - from,8:N0} {part.P50,8:0.0} {part.P99,8:0.0} {part.Max,8:0.0} {part.Missing,8:N0}");
                }
            }
            var ratio = busy.P99 / quiet.P99;
            Console.WriteLine(FormattableString.Invariant($"ratio p99 during/idle: {ratio:0.00}× (goal < 2×); load average during the run {loadDuring}, now {LoadAverage()}"));
            if (lastDuring - firstDuring < 100)
            {
                Console.WriteLine($"  note: only {lastDuring - firstDuring} entries during the run, so its p99 is close to its maximum; a shorter --interval gives a fairer figure");
            }
            return 0;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    private sealed record Figure(double P50, double P99, double Max, long Missing);

    private static Figure Figures(SseSwarm swarm, long[] published, int from, int to)
    {
        var (latencies, missing) = swarm.Latencies(published, from, to);
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        return new Figure(At(0.50), At(0.99), latencies.Count == 0 ? double.NaN : latencies[^1], missing);
    }

    /// <summary>The bench database: a round (its live page is what the subscribers read), the parties, and the exchange with both lists.</summary>
    private static void Prepare(string db, int people)
    {
        var data = SyntheticLists.Generate(people, 14);
        using var store = ParleyStore.Open(db, OpenMode.CreateIfMissing);
        string[] setup =
        [
            """{"command":"register-party","code":"RU","name":"Russian Federation"}""",
            """{"command":"register-party","code":"UA","name":"Ukraine"}""",
            """{"command":"schedule-round","id":"bench","number":1,"venue":"Bench venue","city":"Loopback","zone":"Europe/Istanbul","scheduledStart":"2025-05-16T13:30"}""",
            """{"command":"record-agreement","id":"a1","round":"bench","title":"Bench","text":"Bench terms.","terms":"all for all"}""",
            $$"""{"command":"open-exchange","id":"{{Exchange}}","agreement":"a1","sideA":"RU","sideB":"UA"}""",
        ];
        foreach (var line in setup)
        {
            Must(store.Execute(CommandText.Parse(line)));
        }
        // The request list (UA asks back) and the offer list (RU offers), in parts of a thousand: an event has a size limit.
        foreach (var (records, party, kind, prefix) in new[] { (data.Left, "UA", ListKind.Request, "q-"), (data.Right, "RU", ListKind.Offer, "o-") })
        {
            foreach (var part in records.Chunk(1_000))
            {
                var entries = part.Select(r => ListUpload.Entry(r with { Id = prefix + r.Id, Category = null })).ToImmutableList();
                Must(store.Execute(new SubmitList(Exchange, party, kind, entries)));
            }
        }
    }

    private static void Must(CommandOutcome outcome)
    {
        if (!outcome.Accepted)
        {
            throw new InvalidOperationException($"{outcome.Command.Name}: {outcome.Reason}");
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
