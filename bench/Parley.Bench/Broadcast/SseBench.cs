using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Parley.Bench.Broadcast;

/// <summary>
/// `Parley.Bench sse [--subscribers N] [--entries N] [--interval MS] [--seconds S] [--no-reference]`: N concurrent server-sent event
/// subscribers (default 10,000) to one live page of a Parley server running in its own process, the press publishing
/// entries; publication-to-receipt latency p50/p99 and the server's memory per subscriber. Then the same against nginx with
/// the nchan module (the reference) and the ratio; then page and feed requests per second, warm and with If-None-Match.
/// Loopback only, bounded in time.
/// </summary>
internal static class SseBench
{
    public static int Run(string[] args)
    {
        if (args.FirstOrDefault() == "--serve")
        {
            return BenchRound.Serve(args[1], args[2]);
        }
        var subscribers = BenchOptions.Int(args, "--subscribers", 10_000);
        var entries = BenchOptions.Int(args, "--entries", 100);
        var interval = TimeSpan.FromMilliseconds(BenchOptions.Int(args, "--interval", 100));
        var budget = TimeSpan.FromSeconds(BenchOptions.Int(args, "--seconds", 600));
        var limit = Parley.Server.Live.OpenFileLimit.RaiseToHardLimit();
        Console.WriteLine($"sse: {subscribers:N0} subscribers, {entries} entries {interval.TotalMilliseconds} ms apart; open-file limit {limit:N0}; budget {budget.TotalSeconds} s");
        if (limit != 0 && limit < subscribers + 500)
        {
            Console.Error.WriteLine($"sse: the open-file limit {limit} is below {subscribers + 500}; run with `ulimit -n {subscribers * 2 + 1000}` (as root) or fewer --subscribers");
            return 2;
        }
        using var cts = new CancellationTokenSource(budget);
        using var folder = BenchOptions.NewFolder();
        try
        {
            var parley = RunParley(folder, subscribers, entries, interval, cts.Token).GetAwaiter().GetResult();
            var nchan = args.Contains("--no-reference") ? null : RunNchan(folder, subscribers, entries, interval, cts.Token).GetAwaiter().GetResult();
            Console.WriteLine();
            Console.WriteLine($"{"",-8} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"missing",8} {"memory/subscriber",18}");
            Print("parley", parley);
            if (nchan is not null)
            {
                Print("nchan", nchan);
                Console.WriteLine($"ratio parley/nchan: p50 {Ratio(parley.P50, nchan.P50)}, p99 {Ratio(parley.P99, nchan.P99)}, memory per subscriber {Ratio(parley.BytesPerSubscriber, nchan.BytesPerSubscriber)}");
            }
            Console.WriteLine(parley.P99 <= 100 ? "sse: p99 within 100 ms" : $"sse: p99 {parley.P99:0.0} ms is over the 100 ms target");
            return 0;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"sse: stopped at the time budget of {budget.TotalSeconds} s");
            return 1;
        }
    }

    internal static string Ratio(double a, double b) => b <= 0 ? "n/a" : (a / b).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    internal static void Print(string name, Result r) =>
        Console.WriteLine($"{name,-8} {r.P50,8:0.0} {r.P99,8:0.0} {r.Max,8:0.0} {r.Missing,8:N0} {r.BytesPerSubscriber / 1024.0,14:0.0} KiB");

    internal sealed record Result(double P50, double P99, double Max, long Missing, double BytesPerSubscriber);

    // ---- Parley ----

    private static async Task<Result> RunParley(TempFolder folder, int subscribers, int entries, TimeSpan interval, CancellationToken cancellationToken)
    {
        var db = folder.File("sse.db");
        var press = BenchRound.Prepare(db);
        var port = FreePort();
        using var server = StartSelf(["sse", "--serve", db, $"http://127.0.0.1:{port}"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitUntilUp(http, "/healthz", cancellationToken);
        var through = await BenchRound.ThroughAsync(http, cancellationToken);
        await Task.Delay(500, cancellationToken);
        var before = ProcessMemory.ResidentBytes(server.Id, withChildren: false);
        Console.WriteLine($"parley: server pid {server.Id} on port {port}, {before / 1048576.0:0} MiB before subscribers");

        await using var swarm = await Connect(port, $"/live/{BenchRound.Live}/events?after={through}", subscribers, entries, cancellationToken);
        await Task.Delay(1000, cancellationToken);
        var after = ProcessMemory.ResidentBytes(server.Id, withChildren: false);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", press);
        var published = await Publish(entries, interval, swarm, n => BenchRound.PostEntry(http, n, cancellationToken), cancellationToken);
        var result = Summarise(swarm, published, (after - before) / (double)subscribers);
        await Throughput(port, cancellationToken);
        server.Kill(entireProcessTree: true);
        return result;
    }

    // ---- nginx + nchan ----

    internal static async Task<Result?> RunNchan(TempFolder folder, int subscribers, int entries, TimeSpan interval, CancellationToken cancellationToken, Func<Process, CpuWindow>? cpu = null)
    {
        if (!BenchNginx.HasNchan())
        {
            return null;
        }
        var port = FreePort();
        using var process = BenchNginx.Start(Path.Combine(folder.Path, "nginx"), $$"""
            load_module {{BenchNginx.NchanModule}};
            worker_processes auto;
            worker_rlimit_nofile {{subscribers * 2 + 1000}};
            events { worker_connections {{subscribers + 1000}}; }
            """, $$"""
              server {
                listen 127.0.0.1:{{port}} backlog=4096;
                location = /pub { nchan_publisher; nchan_channel_id bench; nchan_message_buffer_length 1000; }
                location = /sub { nchan_subscriber eventsource; nchan_channel_id bench; }
              }
            """);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUp(http, "/pub", cancellationToken);
            await Task.Delay(500, cancellationToken);
            var before = ProcessMemory.ResidentBytes(process.Id, withChildren: true);
            Console.WriteLine($"nchan: nginx pid {process.Id} on port {port}, {before / 1048576.0:0} MiB before subscribers");
            await using var swarm = await Connect(port, "/sub", subscribers, entries, cancellationToken);
            await Task.Delay(1000, cancellationToken);
            var after = ProcessMemory.ResidentBytes(process.Id, withChildren: true);
            var published = await Publish(entries, interval, swarm, n =>
                http.PostAsync("/pub", new StringContent($"PQX{n}X", Encoding.UTF8, "text/plain"), cancellationToken), cancellationToken, cpu?.Invoke(process));
            return Summarise(swarm, published, (after - before) / (double)subscribers);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    // ---- shared ----

    internal static async Task<SseSwarm> Connect(int port, string path, int subscribers, int entries, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var swarm = await SseSwarm.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), path, subscribers, entries, cancellationToken);
        while (swarm.Ready < subscribers)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(120) || swarm.Ready + swarm.Refused >= subscribers && swarm.Refused > 0)
            {
                await swarm.DisposeAsync();
                throw new InvalidOperationException($"{swarm.Ready:N0} of {subscribers:N0} subscribers registered, {swarm.Refused:N0} refused, after {clock.Elapsed.TotalSeconds:0} s");
            }
            await Task.Delay(100, cancellationToken);
        }
        Console.WriteLine($"  {subscribers:N0} subscribers connected and registered in {clock.Elapsed.TotalSeconds:0.0} s");
        return swarm;
    }

    /// <summary>How long entries are published, unmeasured, before the measured ones.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);

    internal static async Task<long[]> Publish(int entries, TimeSpan interval, SseSwarm swarm, Func<int, Task<HttpResponseMessage>> post, CancellationToken cancellationToken, CpuWindow? cpu = null)
    {
        // Entries first that are not measured, so that what is measured is a server in its steady state, as one is
        // after its first minute on air: .NET recompiles hot methods after their first 30 calls, first with
        // instrumentation (dynamic PGO) and then optimised, and measured runs showed that burst of compiling (up to
        // ~20% of a fan-out's CPU) landing some 5-7 s into the load; nginx warms its caches too.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < WarmUp)
        {
            using (var warmUp = await post(-1))
            {
                warmUp.EnsureSuccessStatusCode();
            }
            await Task.Delay(interval, cancellationToken);
        }
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        cpu?.Start();
        var published = new long[entries];
        for (var n = 0; n < entries; n++)
        {
            published[n] = Stopwatch.GetTimestamp();
            using var response = await post(n);
            response.EnsureSuccessStatusCode();
            await Task.Delay(interval, cancellationToken);
        }
        var expected = (long)entries * swarm.Count;
        var deadline = Stopwatch.StartNew();
        while (swarm.Deliveries < expected && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100, cancellationToken);
        }
        cpu?.Stop();
        return published;
    }

    internal static Result Summarise(SseSwarm swarm, long[] published, double bytesPerSubscriber)
    {
        var (latencies, missing) = swarm.Latencies(published);
        // Whether the tail is every fan-out or a few slow ones: the time each entry's last reader got it.
        var last = swarm.LastReceipts(published).Order().ToArray();
        Console.WriteLine(FormattableString.Invariant($"  last reader per entry: fastest {last[0]:0} ms, median {last[last.Length / 2]:0} ms, slowest five {string.Join(", ", last.TakeLast(5).Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} ms"));
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        return new Result(At(0.50), At(0.99), latencies.Count == 0 ? double.NaN : latencies[^1], missing, bytesPerSubscriber);
    }

    /// <summary>Page and feed requests per second: warm (full responses from the render cache) and with If-None-Match (304).</summary>
    private static async Task Throughput(int port, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 64 };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Console.WriteLine($"{"request",-28} {"warm req/s",12} {"304 req/s",12}   load average {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var path in new[] { "/live/bench", "/live/bench/feed.atom", "/live/bench/feed.json" })
        {
            using var first = await http.GetAsync(path, cancellationToken);
            var etag = first.Headers.ETag!;
            var warm = await RequestsPerSecond(http, path, null, cancellationToken);
            var notModified = await RequestsPerSecond(http, path, etag, cancellationToken);
            Console.WriteLine($"{path,-28} {warm,12:N0} {notModified,12:N0}");
        }
    }

    private static async Task<double> RequestsPerSecond(HttpClient http, string path, EntityTagHeaderValue? etag, CancellationToken cancellationToken)
    {
        var duration = TimeSpan.FromSeconds(3);
        long count = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (etag is not null)
                {
                    request.Headers.IfNoneMatch.Add(etag);
                }
                using var response = await http.SendAsync(request, cancellationToken);
                await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                Interlocked.Increment(ref count);
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }

    internal static async Task WaitUntilUp(HttpClient http, string path, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync(path, cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new TimeoutException($"nothing answered {http.BaseAddress}{path} in 30 s");
    }

    /// <summary>
    /// Starts this bench again with <paramref name="args"/>. A <c>--serve</c> child is the server under measurement, so it
    /// runs with the garbage collector `parley serve` ships with (workstation, concurrent) rather than the bench's server
    /// GC, which suits the load generators but stops every thread of a two-core server for each collection.
    /// </summary>
    /// <summary>
    /// Starts this program with <paramref name="args"/>; a server (<c>--serve…</c>) runs with the workstation, concurrent
    /// garbage collector of <c>parley serve</c>, and with <paramref name="environment"/> on top (a setting to try).
    /// </summary>
    internal static Process StartSelf(string[] args, IEnumerable<KeyValuePair<string, string>>? environment = null)
    {
        var self = Environment.ProcessPath!;
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            arguments.Add(typeof(SseBench).Assembly.Location);
        }
        arguments.AddRange(args);
        var start = new ProcessStartInfo(self, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (args.Any(a => a.StartsWith("--serve", StringComparison.Ordinal)))
        {
            start.Environment["DOTNET_gcServer"] = "0";
            start.Environment["DOTNET_gcConcurrent"] = "1";
        }
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine("server: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
