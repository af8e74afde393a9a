using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Parley.Core.Commands;
using Parley.Core.Families;
using Parley.Demo;
using Parley.Server;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Bench.Families;

/// <summary>
/// `Parley.Bench family-bruteforce [--attempts N] [--addresses N] [--seconds S]`: wrong receipt codes against /family
/// (issue 13), from one loopback address and then from 1,000 (each attacker's connections bound to its own source address
/// in 127.6.0.0/16, as the hostile bench does, so the server's ClientAddress sees them apart), while honest readers read
/// the live page from 50 other addresses. Reports that no wrong code opened a status, how many were checked and how many
/// refused by the limit, and the live page's p99 under attack against the same server idle, measured in the same run.
/// The server runs in its own process with its default limits. Default N = 20,000 a phase; issue 13's bar is
/// `--attempts 1000000`.
/// </summary>
internal static class FamilyBruteforceBench
{
    private const int Attackers = 16;

    private const int Readers = 4;

    public static int Run(string[] args)
    {
        if (args.FirstOrDefault() == "--serve")
        {
            return Serve(args[1], args[2]);
        }
        var attempts = BenchOptions.Int(args, "--attempts", 20_000);
        var addresses = BenchOptions.Int(args, "--addresses", 1_000);
        var seconds = BenchOptions.Int(args, "--seconds", 10);
        using var folder = BenchOptions.NewFolder();
        Console.WriteLine($"family-bruteforce: {attempts:N0} wrong codes from 1 address, then from {addresses:N0}; live page read from 50 other addresses; {Environment.ProcessorCount} cores");
        var (db, code) = Prepare(folder.File("family.db"));
        return RunAsync(db, code, attempts, addresses, seconds).GetAwaiter().GetResult();
    }

    private static int Serve(string db, string urls)
    {
        // Every limit at its default: the bench measures the server as it is deployed.
        var app = ParleyServer.Build(new ServerOptions { DatabasePath = db, Urls = urls, RequestLogging = false });
        app.Run();
        return 0;
    }

    /// <summary>The demo's database with one live receipt, whose code proves at the end that a right code still opens it.</summary>
    private static (string Db, string Code) Prepare(string db)
    {
        var clock = Stopwatch.StartNew();
        using var store = ParleyStore.Open(db, OpenMode.CreateIfMissing);
        if (store.Execute(IstanbulDemo.Commands()).FirstOrDefault(o => !o.Accepted) is { } failed)
        {
            throw new InvalidOperationException(failed.Reason);
        }
        var code = ReceiptCode.FromEntropy(RandomNumberGenerator.GetBytes(ReceiptCode.EntropyBytes));
        var issued = store.Execute(new IssueReceipt(IstanbulDemo.May, IstanbulDemo.RequestId(IstanbulDemo.May, "UA", 1), code.Lookup, code.FeedLookup));
        if (!issued.Accepted)
        {
            throw new InvalidOperationException(issued.Reason);
        }
        Console.WriteLine($"  the demo and one receipt written in {clock.Elapsed.TotalSeconds:0.0} s");
        return (db, code.Grouped);
    }

    private static async Task<int> RunAsync(string db, string code, int attempts, int addresses, int seconds)
    {
        var port = Broadcast.SseBench.FreePort();
        var server = Broadcast.SseBench.StartSelf(["family-bruteforce", "--serve", db, $"http://127.0.0.1:{port}"]);
        try
        {
            var baseUri = new Uri($"http://127.0.0.1:{port}");
            using (var probe = new HttpClient { BaseAddress = baseUri })
            {
                await Broadcast.SseBench.WaitUntilUp(probe, "/healthz", CancellationToken.None);
            }
            var readers = Enumerable.Range(1, 50).Select(i => ClientFrom(IPAddress.Parse($"127.8.0.{i}"), baseUri)).ToList();
            // Warm the page and the form.
            foreach (var reader in readers.Take(5))
            {
                (await reader.GetAsync("/live/may-2025")).Dispose();
            }

            var idle = await ReadWhileAsync(readers, Task.Delay(TimeSpan.FromSeconds(seconds)));
            Console.WriteLine(Line("idle", idle));

            var one = new[] { ClientFrom(IPAddress.Parse("127.5.0.1"), baseUri) };
            var fromOne = await AttackAsync(one, attempts, readers, seconds);
            Console.WriteLine(Line("attack from 1 address", fromOne.Live) + "; " + fromOne);

            var many = Enumerable.Range(0, addresses).Select(i => ClientFrom(IPAddress.Parse($"127.6.{i / 250}.{i % 250 + 1}"), baseUri)).ToList();
            var fromMany = await AttackAsync(many, attempts, readers, seconds);
            Console.WriteLine(Line($"attack from {addresses:N0} addresses", fromMany.Live) + "; " + fromMany);

            // The check that could fail: the right code, from an address that tried nothing, still opens the status.
            using var family = ClientFrom(IPAddress.Parse("127.7.0.1"), baseUri);
            using var right = await family.PostAsync("/family", Form(code));
            var opened = (await right.Content.ReadAsStringAsync()).Contains("id=\"family-status\"", StringComparison.Ordinal);
            Console.WriteLine($"  the right code from a fresh address opens the status: {(opened ? "yes" : "NO")}");

            var p99Idle = Percentile(idle, 0.99);
            Console.WriteLine(FormattableString.Invariant(
                $"family-bruteforce: successes {fromOne.Successes + fromMany.Successes} of {2L * attempts:N0} wrong codes; live page p99 idle {p99Idle:0.0} ms, under attack from 1 address {Percentile(fromOne.Live, 0.99):0.0} ms ({Percentile(fromOne.Live, 0.99) / p99Idle:0.00}×), from {addresses:N0} addresses {Percentile(fromMany.Live, 0.99):0.0} ms ({Percentile(fromMany.Live, 0.99) / p99Idle:0.00}×)"));
            readers.ForEach(r => r.Dispose());
            one[0].Dispose();
            many.ForEach(c => c.Dispose());
            return fromOne.Successes + fromMany.Successes == 0 && opened ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.Dispose();
        }
    }

    private sealed record Attack(long Checked, long Limited, long Other, long Successes, List<double> Live, TimeSpan Took)
    {
        public override string ToString() => FormattableString.Invariant(
            $"{Checked + Limited + Other:N0} tries in {Took.TotalSeconds:0.00} s ({(Checked + Limited + Other) / Took.TotalSeconds:N0} a second): {Checked:N0} checked (the neutral page), {Limited:N0} refused by the limit (429), {Other:N0} other, {Successes} opened a status");
    }

    private static async Task<Attack> AttackAsync(IReadOnlyList<HttpClient> clients, int attempts, List<HttpClient> readers, int seconds)
    {
        long next = -1, checkedCount = 0, limited = 0, other = 0, successes = 0;
        var clock = Stopwatch.StartNew();
        var attackers = Task.WhenAll(Enumerable.Range(0, Attackers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var n && n < attempts)
            {
                var wrong = ReceiptCode.FromEntropy(RandomNumberGenerator.GetBytes(ReceiptCode.EntropyBytes)).Grouped;
                try
                {
                    using var response = await clients[(int)(n % clients.Count)].PostAsync("/family", Form(wrong));
                    var body = await response.Content.ReadAsStringAsync();
                    if (body.Contains("id=\"family-status\"", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref successes);
                    }
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref checkedCount);
                    }
                    else if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        Interlocked.Increment(ref limited);
                    }
                    else
                    {
                        Interlocked.Increment(ref other);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref other);
                }
            }
        })));
        // How long the attack itself took (its rate is what a wrong code costs the server), apart from the readers' phase.
        var attack = attackers.ContinueWith(_ => clock.Elapsed, TaskScheduler.Default);
        // Readers go on for at least as long as the idle phase, and for as long as the attack lasts.
        var live = await ReadWhileAsync(readers, Task.WhenAll(attack, Task.Delay(TimeSpan.FromSeconds(seconds))));
        return new Attack(checkedCount, limited, other, successes, live, await attack);
    }

    /// <summary>Honest readers read the live page, one request at a time each, until <paramref name="until"/> ends; the latencies in ms.</summary>
    private static async Task<List<double>> ReadWhileAsync(List<HttpClient> readers, Task until)
    {
        var latencies = new List<double>();
        var turn = -1;
        var tasks = Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            while (!until.IsCompleted)
            {
                var reader = readers[(int)((uint)Interlocked.Increment(ref turn) % readers.Count)];
                var started = Stopwatch.GetTimestamp();
                using var response = await reader.GetAsync("/live/may-2025?lang=en");
                await response.Content.ReadAsByteArrayAsync();
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    lock (latencies)
                    {
                        latencies.Add(ms);
                    }
                }
            }
        })).ToList();
        await until;
        await Task.WhenAll(tasks);
        latencies.Sort();
        return latencies;
    }

    private static string Line(string phase, List<double> live) => FormattableString.Invariant(
        $"  {phase}: live page p50 {Percentile(live, 0.5):0.0} ms, p99 {Percentile(live, 0.99):0.0} ms over {live.Count:N0} reads");

    private static double Percentile(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    private static FormUrlEncodedContent Form(string code) => new([new("code", code)]);

    /// <summary>A client whose connections come from <paramref name="source"/> (any 127.0.0.0/8 address is local on Linux).</summary>
    private static HttpClient ClientFrom(IPAddress source, Uri server) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
}
