using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Parley.Server;
using Parley.Server.Access;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Bench.Broadcast;

/// <summary>
/// `Parley.Bench hostile [--hostile N] [--honest N] [--storm N] [--seconds S] [--figures-window MS] [--no-reference] [--only parley,kestrel,floor,nchan] [--parley-env NAME=VALUE]… [--settle S] [--storms N]` (with
/// `--hostile 0 --honest 0`, the storm alone): hostile clients against
/// a Parley server in its own process with its default limits, on loopback, in one run:
/// <list type="number">
/// <item>idle: N honest subscribers (default 2,000) reading a round's live page while the press posts entries (10 a second)
/// and a party officer sends commands (20 a second): honest delivery p50/p99 and command acknowledgement p50/p99;</item>
/// <item>hostile: the same, with N more event streams (default 20,000, from 200 loopback addresses, in helper processes)
/// that ask for the whole backlog and never read, reconnecting when cut off: the same figures, their ratios to idle, and
/// the server's resident memory against a stated bound;</item>
/// <item>reconnect storm: N clients (default 10,000, from 200 addresses) connecting at once to a fresh server, timed until
/// all are registered and have received an entry, then p99 delivery; the same against the floor (bare Kestrel,
/// <see cref="StormFloor"/>) and against nginx with nchan. With <c>--storms N</c> the storms are run N times, each time
/// against a fresh server, in alternating order, and the Parley-to-nchan ratio is summed up by its median: on a shared
/// machine one storm's ratio moves by a few tenths from run to run (a burst of other load, a dropped connection attempt
/// on either side), which one run cannot tell from a real difference.</item>
/// </list>
/// </summary>
internal static class HostileBench
{
    private const string Live = "r1";
    private const int EntriesPerSecond = 10;
    private const int CommandsPerSecond = 20;
    private const int HonestPerAddress = 50;
    private const int HostilePerAddress = 100;
    private const int StormPerAddress = 50;
    private const int Holders = 2;

    public static int Run(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "--serve":
                return Serve(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
            case "--serve-floor":
                return StormFloor.Serve(args[1], args[2] == "parley");
            case "--hold":
                return Hold(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        }
        var hostile = BenchOptions.Int(args, "--hostile", 20_000);
        var honest = BenchOptions.Int(args, "--honest", 2_000);
        var storm = BenchOptions.Int(args, "--storm", 10_000);
        var seconds = BenchOptions.Int(args, "--seconds", 20);
        // The server's window for a page's figures (-1: its default); 0 sends a frame per command, for comparison.
        var figuresWindow = BenchOptions.Int(args, "--figures-window", -1);
        var limit = Parley.Server.Live.OpenFileLimit.RaiseToHardLimit();
        Console.WriteLine($"hostile: {honest:N0} honest subscribers, {hostile:N0} never-reading streams, a storm of {storm:N0}; {EntriesPerSecond} entries and {CommandsPerSecond} officers' commands a second, {seconds} s measured per phase; figures window {(figuresWindow < 0 ? "default" : figuresWindow + " ms")}; open-file limit {limit:N0} per process, {Environment.ProcessorCount} cores");
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        using var folder = BenchOptions.NewFolder();
        try
        {
            // --only NAMES: those of the storm's servers (parley, kestrel, floor, nchan, comma-separated), to try one change at a time.
            var only = BenchOptions.String(args, "--only")?.Split(',');
            bool Runs(string name) => only is null || only.Contains(name);
            var targets = new StormTargets(Runs("parley"), Runs("kestrel"), Runs("floor"), !args.Contains("--no-reference") && Runs("nchan"));
            _parleyEnvironment = BenchOptions.ParleyEnvironment(args);
            // --settle S: seconds every storm's server is left alone after its warm-up (0 by default: a fresh server).
            _settle = TimeSpan.FromSeconds(BenchOptions.Int(args, "--settle", 0));
            _rounds = Math.Max(1, BenchOptions.Int(args, "--storms", 1));
            return RunAsync(folder, honest, hostile, storm, seconds, figuresWindow, targets, cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("hostile: stopped at the time budget of 20 minutes");
            return 1;
        }
    }

    /// <summary>Environment given to Parley's server process on top of its own (<c>--parley-env</c>).</summary>
    private static KeyValuePair<string, string>[] _parleyEnvironment = [];

    /// <summary>How long each storm's server is left alone after its warm-up, before the storm (<c>--settle</c>).</summary>
    private static TimeSpan _settle = TimeSpan.Zero;

    /// <summary>How many times the storms are run (<c>--storms</c>).</summary>
    private static int _rounds = 1;

    /// <summary>Which servers the reconnect storm is run against.</summary>
    private sealed record StormTargets(bool Parley, bool Kestrel, bool Floor, bool Nchan);

    private static async Task<int> RunAsync(TempFolder folder, int honest, int hostile, int storm, int seconds, int figuresWindow, StormTargets targets, CancellationToken cancellationToken)
    {
        var (db, press, officer) = Prepare(folder);
        if (honest == 0 && hostile == 0)
        {
            return await StormsAsync(folder, db, press, storm, targets, cancellationToken);
        }
        var port = SseBench.FreePort();
        var server = SseBench.StartSelf(["hostile", "--serve", db, $"http://127.0.0.1:{port}", figuresWindow.ToString(CultureInfo.InvariantCulture)], _parleyEnvironment);
        Phase idle;
        Phase attacked;
        long admittedHostile;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", press);
            await SseBench.WaitUntilUp(http, "/healthz", cancellationToken);
            var through = await Through(http, cancellationToken);
            var entries = EntriesPerSecond * seconds;
            await using var swarm = await SseSwarm.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), $"/live/{Live}/events?after={through}", honest, 2 * entries,
                SseSwarm.Sources(IPAddress.Parse("127.2.0.0"), honest, HonestPerAddress), batch: 250, lanes: 4, cancellationToken);
            await Until(() => swarm.Ready + swarm.Refused >= honest, cancellationToken);
            Console.WriteLine($"  {swarm.Ready:N0} honest subscribers registered ({swarm.Refused:N0} refused)");
            var load = new Load(http, officer, swarm);
            Console.WriteLine("  warming up (15 s, unmeasured)");
            await load.RunAsync(-1, TimeSpan.FromSeconds(15), cancellationToken);

            idle = await load.MeasureAsync("idle", server.Id, 0, entries, seconds, cancellationToken);

            Console.WriteLine($"  opening {hostile:N0} never-reading streams from {hostile / HostilePerAddress} addresses in {Holders} helper processes");
            var holders = Enumerable.Range(0, Holders).Select(h =>
                SseBench.StartSelf(["hostile", "--hold", port.ToString(CultureInfo.InvariantCulture), (hostile / Holders).ToString(CultureInfo.InvariantCulture), (h * (hostile / Holders)).ToString(CultureInfo.InvariantCulture)])).ToList();
            try
            {
                var clock = Stopwatch.StartNew();
                long open = 0;
                while (clock.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(1000, cancellationToken);
                    open = (await Health(http, cancellationToken)).Subscribers;
                    if (open >= swarm.Ready + hostile * 0.95 || clock.Elapsed > TimeSpan.FromSeconds(30))
                    {
                        break;
                    }
                }
                admittedHostile = open - swarm.Ready;
                Console.WriteLine($"  {admittedHostile:N0} never-reading streams admitted after {clock.Elapsed.TotalSeconds:0} s (the rest refused by the total cap, or waiting at the transport's connection bound)");
                attacked = await load.MeasureAsync("hostile", server.Id, entries, 2 * entries, seconds, cancellationToken);
                Console.WriteLine($"  {(await Health(http, cancellationToken)).Subscribers - swarm.Ready:N0} never-reading streams open at the end (cut off and reconnecting)");
            }
            finally
            {
                holders.ForEach(h => h.Kill(entireProcessTree: true));
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
        }


        Console.WriteLine();
        Console.WriteLine($"{"phase",-10} {"delivery p50",13} {"p99 ms",8} {"ack p50",9} {"p99 ms",8} {"missing",8} {"RSS MiB",8} {"server CPU",11}");
        Print(idle);
        Print(attacked);
        var deliveryRatio = attacked.DeliveryP99 / idle.DeliveryP99;
        var ackRatio = attacked.AckP99 / idle.AckP99;
        // The bound: what the server held idle, and per never-reading stream its response buffer (Kestrel's pause
        // threshold, 16 KiB), a chunk of backlog (16 KiB) and 64 KiB for the connection, its request, its subscriber
        // and the garbage collector's slack.
        var options = new ServerOptions { DatabasePath = "" };
        var perStream = options.ResponseBufferBytes + options.BacklogChunkBytes + 64 * 1024;
        // Hostile clients hold at most the server's connection cap (the rest wait in the listen queue), each as much as a
        // stream at worst; the peak comes while they are accepted, before most are refused.
        var cap = Parley.Server.Live.OpenFileLimit.Connections(options);
        var held = Math.Max(admittedHostile, Math.Min(hostile, cap - honest));
        var bound = idle.PeakRss + held * perStream;
        Console.WriteLine(FormattableString.Invariant($"hostile/idle: honest delivery p99 {deliveryRatio:0.00}× (target < 2×), command ack p99 {ackRatio:0.00}× (target < 2×)"));
        Console.WriteLine(FormattableString.Invariant($"memory: peak RSS {attacked.PeakRss / 1048576.0:0} MiB with {admittedHostile:N0} never-reading streams admitted; bound {bound / 1048576.0:0} MiB (idle {idle.PeakRss / 1048576.0:0} MiB + {perStream / 1024} KiB for each of the {held:N0} hostile connections the cap of {cap:N0} lets in): {(attacked.PeakRss <= bound ? "within" : "OVER")}"));
        return await StormsAsync(folder, db, press, storm, targets, cancellationToken);
    }

    private static async Task<int> StormsAsync(TempFolder folder, string db, string press, int storm, StormTargets targets, CancellationToken cancellationToken)
    {
        if (storm == 0)
        {
            return 0;
        }
        var ratios = new List<double>();
        var cpuRatios = new List<double>();
        for (var round = 0; round < _rounds; round++)
        {
            if (_rounds > 1)
            {
                Console.WriteLine($"storms {round + 1} of {_rounds}{(round % 2 == 1 ? ", nchan first" : "")}");
            }
            // Every other round nchan goes first, so neither side always meets the machine as the other left it.
            var nchanFirst = round % 2 == 1;
            var nchan = nchanFirst && targets.Nchan ? await StormNchan(folder, storm, cancellationToken) : null;
            var parley = targets.Parley ? await StormParley(db, press, storm, cancellationToken) : null;
            var kestrel = targets.Kestrel ? await StormOnFloor(storm, "kestrel", cancellationToken) : null;
            var floor = targets.Floor ? await StormOnFloor(storm, "parley", cancellationToken) : null;
            nchan ??= !nchanFirst && targets.Nchan ? await StormNchan(folder, storm, cancellationToken) : null;
            Storms(parley, kestrel, floor, nchan);
            if (parley is not null && nchan is not null)
            {
                ratios.Add(parley.Receiving / nchan.Receiving);
                cpuRatios.Add(parley.ServerCpu / nchan.ServerCpu);
            }
        }
        if (ratios.Count > 1)
        {
            var each = string.Join(", ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)));
            Console.WriteLine();
            Console.WriteLine(FormattableString.Invariant(
                $"storm parley/nchan over {ratios.Count} runs: median {Median(ratios):0.00}× (target within 2×), within 2× in {ratios.Count(r => r <= 2)} of {ratios.Count}; each {each}; server CPU median {Median(cpuRatios):0.00}×"));
        }
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void Storms(Storm? parley, Storm? kestrel, Storm? floor, Storm? nchan)
    {
        Console.WriteLine();
        Console.WriteLine($"{"storm",-8} {"clients",8} {"registered s",13} {"receiving s",12} {"refused",8} {"p99 after ms",13} {"dropped SYNs",13} {"server CPU s",13} {"first ack ms",13}");
        foreach (var (name, storm) in new[] { ("parley", parley), ("kestrel", kestrel), ("floor", floor), ("nchan", nchan) })
        {
            if (storm is not null)
            {
                PrintStorm(name, storm);
            }
        }
        if (parley is not null && nchan is not null)
        {
            Console.WriteLine(FormattableString.Invariant($"storm parley/nchan: registered and receiving {parley.Receiving / nchan.Receiving:0.00}× (target within 2×)"));
        }
        if (kestrel is not null && nchan is not null)
        {
            Console.WriteLine(FormattableString.Invariant($"storm kestrel/nchan: {kestrel.Receiving / nchan.Receiving:0.00}× (the framework alone, on its own transport)"));
        }
        if (floor is not null && nchan is not null)
        {
            Console.WriteLine(FormattableString.Invariant($"storm floor/nchan: {floor.Receiving / nchan.Receiving:0.00}× (the framework alone, on Parley's transport)"));
        }
        if (parley is not null && floor is not null)
        {
            Console.WriteLine(FormattableString.Invariant($"storm parley/floor: {parley.Receiving / floor.Receiving:0.00}× (Parley's own share)"));
        }
    }

    private static void Print(Phase p) => Console.WriteLine(FormattableString.Invariant(
        $"{p.Name,-10} {p.DeliveryP50,13:0.0} {p.DeliveryP99,8:0.0} {p.AckP50,9:0.0} {p.AckP99,8:0.0} {p.Missing,8:N0} {p.PeakRss / 1048576.0,8:0} {p.ServerCores,9:0.00} c"));

    private static void PrintStorm(string name, Storm s) => Console.WriteLine(FormattableString.Invariant(
        $"{name,-8} {s.Clients,8:N0} {s.Registered,13:0.00} {s.Receiving,12:0.00} {s.Refused,8:N0} {s.P99After,13:0.0} {s.DroppedSyns,13:N0} {s.ServerCpu,13:0.00} {s.FirstAck,13:0.0}"));

    private sealed record Phase(string Name, double DeliveryP50, double DeliveryP99, double AckP50, double AckP99, long Missing, long PeakRss, double ServerCores);

    /// <summary>
    /// A storm's figures; <paramref name="DroppedSyns"/> is the kernel's count of listen-queue overflows meanwhile (each
    /// costs its client a second); <paramref name="ServerCpu"/> the CPU seconds the server took until every client was
    /// receiving, which the machine's other load sways less than the time; <paramref name="FirstAck"/> the milliseconds the
    /// server took to answer the publication of the first entry (Parley's is a command, durable when answered).
    /// </summary>
    private sealed record Storm(int Clients, double Registered, double Receiving, int Refused, double P99After, long DroppedSyns, double ServerCpu, double FirstAck);

    /// <summary>The press's entries and the officer's commands at their rates; what each took.</summary>
    private sealed class Load(HttpClient press, string officer, SseSwarm swarm)
    {
        private readonly HttpClient _officer = new(new SocketsHttpHandler()) { BaseAddress = press.BaseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", officer) } };
        private int _person = 1;

        public long[] Published { get; } = new long[100_000];

        /// <summary>Runs the load for <paramref name="duration"/>; entries get markers from <paramref name="firstMarker"/> on (-1: unmarked); returns the acknowledgement times.</summary>
        public async Task<List<double>> RunAsync(int firstMarker, TimeSpan duration, CancellationToken cancellationToken)
        {
            var acks = new List<double>();
            var clock = Stopwatch.StartNew();
            var entries = Task.Run(async () =>
            {
                var n = 0;
                while (clock.Elapsed < duration)
                {
                    var marker = firstMarker < 0 ? -1 : firstMarker + n;
                    if (marker >= 0)
                    {
                        Published[marker] = Stopwatch.GetTimestamp();
                    }
                    using (var response = await press.PostAsync($"/api/live/{Live}/entries", Json($"{{\"markdown\":\"Buses left. PQX{marker}X\"}}"), cancellationToken))
                    {
                        response.EnsureSuccessStatusCode();
                    }
                    n++;
                    await Pace(clock, n, EntriesPerSecond, cancellationToken);
                }
                return n;
            }, cancellationToken);
            var commands = Task.Run(async () =>
            {
                var n = 0;
                while (clock.Elapsed < duration)
                {
                    var person = Interlocked.Increment(ref _person);
                    var started = Stopwatch.GetTimestamp();
                    using (var response = await _officer.PostAsync("/api/commands", Json(CommandLines.ListPersons(person, 1, "A")), cancellationToken))
                    {
                        response.EnsureSuccessStatusCode();
                    }
                    lock (acks)
                    {
                        acks.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    n++;
                    await Pace(clock, n, CommandsPerSecond, cancellationToken);
                }
            }, cancellationToken);
            await Task.WhenAll(entries, commands);
            return acks;
        }

        public async Task<Phase> MeasureAsync(string name, int server, int firstMarker, int markers, int seconds, CancellationToken cancellationToken)
        {
            // The machine is shared: the load average says how much of the figures is the machine.
            Console.WriteLine($"  {name}: measuring for {seconds} s; load average {File.ReadAllText("/proc/loadavg").Trim()}");
            long peak = 0;
            using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, ProcessMemory.ResidentBytes(server, withChildren: false));
                    await Task.Delay(250, CancellationToken.None);
                }
            }, CancellationToken.None);
            var cpu = ProcessMemory.CpuSeconds(server);
            var acks = await RunAsync(firstMarker, TimeSpan.FromSeconds(seconds), cancellationToken);
            cpu = (ProcessMemory.CpuSeconds(server) - cpu) / seconds;
            var expected = (long)(markers - firstMarker) * swarm.Ready;
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(15) && swarm.Latencies(Published, firstMarker, markers).Missing > 0)
            {
                await Task.Delay(500, cancellationToken);
            }
            await sampling.CancelAsync();
            await sampler;
            var (latencies, missing) = swarm.Latencies(Published, firstMarker, markers);
            latencies.Sort();
            acks.Sort();
            Console.WriteLine($"  {name}: {latencies.Count:N0} deliveries of {expected:N0}, {acks.Count:N0} commands; load average {File.ReadAllText("/proc/loadavg").Trim()}");
            return new Phase(name, At(latencies, 0.5), At(latencies, 0.99), At(acks, 0.5), At(acks, 0.99), missing, peak, cpu);
        }

        private static async Task Pace(Stopwatch clock, int done, int perSecond, CancellationToken cancellationToken)
        {
            var due = TimeSpan.FromSeconds(done / (double)perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }
        }
    }

    // ---- reconnect storm ----

    private static async Task<Storm> StormParley(string db, string press, int clients, CancellationToken cancellationToken)
    {
        var port = SseBench.FreePort();
        using var server = SseBench.StartSelf(["hostile", "--serve", db, $"http://127.0.0.1:{port}", "-1"], _parleyEnvironment);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", press);
            await SseBench.WaitUntilUp(http, "/healthz", cancellationToken);
            // Warm: a few requests of each kind, as a running server has had before a storm.
            for (var i = 0; i < 20; i++)
            {
                (await http.PostAsync($"/api/live/{Live}/entries", Json("{\"markdown\":\"warm\"}"), cancellationToken)).Dispose();
            }
            var through = await Through(http, cancellationToken);
            Console.WriteLine($"  parley storm: {clients:N0} clients at once from {clients / StormPerAddress} addresses");
            return await RunStorm(server.Id, port, $"/live/{Live}/events?after={through}", clients, IPAddress.Parse("127.3.0.0"),
                n => http.PostAsync($"/api/live/{Live}/entries", Json($"{{\"markdown\":\"PQX{n}X\"}}"), cancellationToken), cancellationToken);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    /// <summary>
    /// The same storm against the floor (<see cref="StormFloor"/>): Kestrel without middleware, on its own socket transport
    /// (<paramref name="transport"/> "kestrel") or on Parley's ("parley").
    /// </summary>
    private static async Task<Storm> StormOnFloor(int clients, string transport, CancellationToken cancellationToken)
    {
        var port = SseBench.FreePort();
        using var server = SseBench.StartSelf(["hostile", "--serve-floor", $"http://127.0.0.1:{port}", transport]);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await SseBench.WaitUntilUp(http, "/pub", cancellationToken);
            for (var i = 0; i < 20; i++)
            {
                (await http.PostAsync("/pub", new StringContent("warm", Encoding.UTF8, "text/plain"), cancellationToken)).Dispose();
            }
            Console.WriteLine($"  floor storm ({transport}'s transport): {clients:N0} clients at once from {clients / StormPerAddress} addresses");
            return await RunStorm(server.Id, port, $"/live/{Live}/events?after=0", clients, IPAddress.Parse(transport == "parley" ? "127.5.0.0" : "127.6.0.0"),
                n => http.PostAsync("/pub", new StringContent($"PQX{n}X", Encoding.UTF8, "text/plain"), cancellationToken), cancellationToken);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    private static async Task<Storm?> StormNchan(TempFolder folder, int clients, CancellationToken cancellationToken)
    {
        if (!BenchNginx.HasNchan())
        {
            return null;
        }
        var port = SseBench.FreePort();
        // `reuseport`: a listen queue per worker, as Parley has several (ListenQueues); with one, nchan's queue overflowed in
        // some storms and its clients waited a second to try again, which flattered Parley's ratio.
        using var process = BenchNginx.Start(Path.Combine(folder.Path, "nginx"), $$"""
            load_module {{BenchNginx.NchanModule}};
            worker_processes auto;
            events { worker_connections {{clients + 1000}}; }
            """, $$"""
              server {
                listen 127.0.0.1:{{port}} backlog=4096 reuseport;
                location = /pub { nchan_publisher; nchan_channel_id storm; nchan_message_buffer_length 1000; }
                location = /sub { nchan_subscriber eventsource; nchan_channel_id storm; }
              }
            """, errorLevel: "crit");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await SseBench.WaitUntilUp(http, "/pub", cancellationToken);
            Console.WriteLine($"  nchan storm: {clients:N0} clients at once from {clients / StormPerAddress} addresses");
            return await RunStorm(process.Id, port, "/sub", clients, IPAddress.Parse("127.4.0.0"),
                n => http.PostAsync("/pub", new StringContent($"PQX{n}X", Encoding.UTF8, "text/plain"), cancellationToken), cancellationToken);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>
    /// Everyone connects at once (32 threads, no batches); registered when every client has its 200, receiving when every
    /// client has the first entry published after that; then 50 entries 100 ms apart for the p99 afterwards.
    /// </summary>
    private static async Task<Storm> RunStorm(int server, int port, string path, int clients, IPAddress block, Func<int, Task<HttpResponseMessage>> publish, CancellationToken cancellationToken)
    {
        const int After = 50;
        await Task.Delay(_settle, cancellationToken);
        var overflows = ListenOverflows();
        var cpu = ProcessMemory.CpuSeconds(server, withChildren: true);
        var threads = ProcessMemory.CpuSecondsByThread(server);
        var clock = Stopwatch.StartNew();
        await using var swarm = await SseSwarm.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), path, clients, 1 + After,
            SseSwarm.Sources(block, clients, StormPerAddress), batch: clients, lanes: 32, cancellationToken);
        await Until(() => swarm.Ready + swarm.Refused >= clients, cancellationToken, TimeSpan.FromSeconds(120));
        var registered = clock.Elapsed.TotalSeconds;
        var published = new long[1 + After];
        published[0] = Stopwatch.GetTimestamp();
        (await publish(0)).Dispose();
        var firstAck = Stopwatch.GetElapsedTime(published[0]).TotalMilliseconds;
        await Until(() => swarm.Latencies(published, 0, 1).Missing == 0, cancellationToken, TimeSpan.FromSeconds(60));
        var receiving = clock.Elapsed.TotalSeconds;
        cpu = ProcessMemory.CpuSeconds(server, withChildren: true) - cpu;
        // Where the server's CPU went, by thread (the JIT's tiering thread, the background GC, the pool's workers); a
        // thread that ended meanwhile is not counted.
        var byThread = ProcessMemory.CpuSecondsByThread(server).Select(t => (t.Key, Seconds: t.Value - threads.GetValueOrDefault(t.Key)))
            .Where(t => t.Seconds > 0).OrderByDescending(t => t.Seconds).Select(t => FormattableString.Invariant($"{t.Key} {t.Seconds:0.00}"));
        Console.WriteLine($"  server CPU s by thread until receiving: {string.Join(", ", byThread)}");
        for (var n = 1; n <= After; n++)
        {
            published[n] = Stopwatch.GetTimestamp();
            (await publish(n)).Dispose();
            await Task.Delay(100, cancellationToken);
        }
        await Until(() => swarm.Latencies(published, 1, 1 + After).Missing == 0, cancellationToken, TimeSpan.FromSeconds(30));
        var (latencies, _) = swarm.Latencies(published, 1, 1 + After);
        latencies.Sort();
        return new Storm(clients, registered, receiving, swarm.Refused, At(latencies, 0.99), ListenOverflows() - overflows, cpu, firstAck);
    }

    /// <summary>The kernel's count of connections dropped because a listen queue was full (TcpExt ListenOverflows), or 0 when unknown.</summary>
    private static long ListenOverflows()
    {
        try
        {
            var lines = File.ReadAllLines("/proc/net/netstat").Where(l => l.StartsWith("TcpExt:", StringComparison.Ordinal)).ToList();
            var at = Array.IndexOf(lines[0].Split(' '), "ListenOverflows");
            return at < 0 ? 0 : long.Parse(lines[1].Split(' ')[at], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    // ---- the processes ----

    /// <summary>The server under test: Parley's defaults (caps, limits, timeouts), quiet, writes not limited (the load is the bench's).</summary>
    private static int Serve(string db, string urls, int figuresWindow)
    {
        var options = new ServerOptions { DatabasePath = db, Urls = urls, RequestLogging = false, WritesPerMinute = 1_000_000 };
        if (figuresWindow >= 0)
        {
            options = options with { FiguresWindow = TimeSpan.FromMilliseconds(figuresWindow) };
        }
        var app = ParleyServer.Build(options);
        app.Run();
        return 0;
    }

    /// <summary>
    /// A helper process holding <paramref name="count"/> event streams that ask for the whole backlog and never read
    /// (receive buffers as small as Linux allows), from 127.1.x.y, 100 per address; a stream the server closes is opened
    /// again, as an attacker would. Runs until killed.
    /// </summary>
    private static int Hold(int port, int count, int first)
    {
        Parley.Server.Live.OpenFileLimit.RaiseToHardLimit();
        var server = new IPEndPoint(IPAddress.Loopback, port);
        var sources = SseSwarm.Sources(IPAddress.Parse("127.1.0.0"), first + count, HostilePerAddress)[first..];
        var request = Encoding.ASCII.GetBytes($"GET /live/{Live}/events?after=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n");
        var sockets = new Socket?[count];
        Socket? Open(int i)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 };
            try
            {
                socket.Bind(new IPEndPoint(sources[i], 0));
                socket.Connect(server);
                socket.Send(request);
                return socket;
            }
            catch (SocketException)
            {
                socket.Dispose();
                return null;
            }
        }
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => sockets[i] = Open(i));
        Console.WriteLine($"held {sockets.Count(s => s is not null)}");
        while (true)
        {
            Thread.Sleep(2000);
            for (var i = 0; i < count; i++)
            {
                // Closed by the server (readable with nothing to read): open it again.
                if (sockets[i] is not { } socket || (socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0))
                {
                    sockets[i]?.Dispose();
                    sockets[i] = Open(i);
                }
            }
        }
    }

    // ---- shared ----

    private static (string Db, string Press, string Officer) Prepare(TempFolder folder)
    {
        var db = folder.File("hostile.db");
        using (var store = ParleyStore.Open(db, OpenMode.CreateIfMissing))
        {
            foreach (var outcome in store.Execute(CommandLines.Setup().Select(CommandText.Parse).ToList()))
            {
                if (!outcome.Accepted)
                {
                    throw new InvalidOperationException(outcome.Reason);
                }
            }
        }
        using var tokens = TokenStore.Open(db);
        // The mediator sends the officers' commands: a party officer's must be signed submissions, which would measure signing too.
        return (db, tokens.Create(Role.Press, null).Token, tokens.Create(Role.Mediator, null).Token);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<long> Through(HttpClient http, CancellationToken cancellationToken) => (await Health(http, cancellationToken)).BroadcastThrough;

    private static async Task<HealthFigures> Health(HttpClient http, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("/healthz", cancellationToken);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        return new HealthFigures(json.GetProperty("broadcastThrough").GetInt64(), json.GetProperty("subscribers").GetInt64());
    }

    private sealed record HealthFigures(long BroadcastThrough, long Subscribers);

    private static double At(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    private static async Task Until(Func<bool> condition, CancellationToken cancellationToken, TimeSpan? limit = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > (limit ?? TimeSpan.FromSeconds(120)))
            {
                throw new TimeoutException("the condition did not hold in time");
            }
            await Task.Delay(10, cancellationToken);
        }
    }
}
