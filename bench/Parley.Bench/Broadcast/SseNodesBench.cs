using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Parley.Store;

namespace Parley.Bench.Broadcast;

/// <summary>
/// Issue 17's fan-out bar across nodes: <c>--nodes</c> (3) `parley serve` nodes on one PostgreSQL database behind Debian's
/// nginx as docs/deployment.md §5 configures it (round robin, event streams unbuffered), <c>--subscribers</c> (5,000) per
/// node connected through nginx, and a press officer publishing an entry every <c>--interval</c> ms through nginx to
/// whichever node it reaches; every entry must reach every subscriber on every node (each node learns of the others'
/// entries by LISTEN/NOTIFY and reads them). Printed: p50/p99 from publication to receipt, and the same with one node
/// and its share of subscribers, in the same run. TLS is left out (it is nginx's work, the same for either run).
/// Usage: <c>sse-nodes [--nodes 3] [--subscribers 5000] [--entries 100] [--interval 100] [--no-reference]</c>.
/// </summary>
internal static class SseNodesBench
{
    private const double BarMilliseconds = 150;

    public static int Run(string[] args)
    {
        if (args.FirstOrDefault() == "--serve")
        {
            return BenchRound.Serve(args[1], args[3], new StoreSettings { LogKeyPath = args[2] });
        }
        var nodes = BenchOptions.Int(args, "--nodes", 3);
        var perNode = BenchOptions.Int(args, "--subscribers", 5_000);
        var entries = BenchOptions.Int(args, "--entries", 100);
        var interval = TimeSpan.FromMilliseconds(BenchOptions.Int(args, "--interval", 100));
        var limit = Parley.Server.Live.OpenFileLimit.RaiseToHardLimit();
        Console.WriteLine($"sse-nodes: {nodes} nodes x {perNode:N0} subscribers behind nginx, {entries} entries {interval.TotalMilliseconds} ms apart; open-file limit {limit:N0}");
        if (limit != 0 && limit < nodes * perNode + 500)
        {
            Console.Error.WriteLine($"sse-nodes: the open-file limit {limit} is below {nodes * perNode + 500}; use fewer --subscribers");
            return 2;
        }
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        using var folder = BenchOptions.NewFolder();
        using var cluster = new PostgresCluster();
        var one = Measure(folder, cluster, "one", 1, perNode, entries, interval, cts.Token).GetAwaiter().GetResult();
        var many = Measure(folder, cluster, "many", nodes, perNode, entries, interval, cts.Token).GetAwaiter().GetResult();
        CpuWindow? floor = null;
        var nchan = args.Contains("--no-reference")
            ? null
            : SseBench.RunNchan(folder, nodes * perNode, entries, interval, cts.Token, nginx => floor = new CpuWindow(
                ("nodes", () => 0), ("nginx", () => ProcessMemory.CpuSeconds(nginx.Id, withChildren: true)), ("clients", CpuWindow.Self))).GetAwaiter().GetResult();

        Console.WriteLine();
        Console.WriteLine($"{"",-32} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"missing",8}   CPU s while measured: {"nodes",6} {"nginx",6} {"clients",7} {"all",6}");
        Print($"1 node x {perNode:N0}", one.Result, one.Cpu);
        Print($"{nodes} nodes x {perNode:N0}", many.Result, many.Cpu);
        if (nchan is not null && floor is not null)
        {
            Print($"nchan alone x {nodes * perNode:N0}", nchan, floor);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"p99 {nodes} nodes / 1 node: {SseBench.Ratio(many.Result.P99, one.Result.P99)}{(nchan is null ? "" : $"; {nodes} nodes / nchan alone: {SseBench.Ratio(many.Result.P99, nchan.P99)}")}; target p99 <= {BarMilliseconds} ms with {nodes} nodes: {(many.Result.P99 <= BarMilliseconds && many.Result.Missing == 0 ? "met" : "MISSED")}"));
        return 0;
    }

    private static void Print(string name, SseBench.Result r, CpuWindow cpu)
    {
        var taken = cpu.Taken().Select(t => t.Seconds.ToString("0.00", CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-32} {r.P50,8:0.0} {r.P99,8:0.0} {r.Max,8:0.0} {r.Missing,8:N0}   {"",22}{taken.ElementAtOrDefault(0),6} {taken.ElementAtOrDefault(1),6} {taken.ElementAtOrDefault(2),7} {taken.ElementAtOrDefault(3),6}"));
    }

    private static async Task<(SseBench.Result Result, CpuWindow Cpu)> Measure(TempFolder folder, PostgresCluster cluster, string name, int nodes, int perNode, int entries, TimeSpan interval, CancellationToken cancellationToken)
    {
        var database = cluster.CreateDatabase();
        var key = folder.File($"{name}.key");
        var press = BenchRound.Prepare(database, new StoreSettings { LogKeyPath = key });
        var ports = Enumerable.Range(0, nodes).Select(_ => SseBench.FreePort()).ToList();
        var servers = ports.Select(port => SseBench.StartSelf(["sse-nodes", "--serve", database, key, $"http://127.0.0.1:{port}"])).ToList();
        Process? nginx = null;
        try
        {
            foreach (var port in ports)
            {
                using var direct = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await SseBench.WaitUntilUp(direct, "/healthz", cancellationToken);
            }
            var front = SseBench.FreePort();
            nginx = StartNginx(folder, name, front, ports);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{front}") };
            await SseBench.WaitUntilUp(http, "/healthz", cancellationToken);
            var through = await BenchRound.ThroughAsync(http, cancellationToken);
            Console.WriteLine($"{name}: {nodes} node(s) on ports {string.Join(", ", ports)}, nginx on {front}");
            await using var swarm = await SseBench.Connect(front, $"/live/{BenchRound.Live}/events?after={through}", nodes * perNode, entries, cancellationToken);
            await Task.Delay(1000, cancellationToken);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", press);
            var proxy = nginx;
            var cpu = new CpuWindow(
                ("nodes", () => servers.Sum(s => ProcessMemory.CpuSeconds(s.Id))),
                ("nginx", () => ProcessMemory.CpuSeconds(proxy.Id, withChildren: true)),
                ("clients", CpuWindow.Self));
            var published = await SseBench.Publish(entries, interval, swarm, n => BenchRound.PostEntry(http, n, cancellationToken), cancellationToken, cpu);
            return (SseBench.Summarise(swarm, published, 0), cpu);
        }
        finally
        {
            nginx?.Kill(entireProcessTree: true);
            foreach (var server in servers)
            {
                server.Kill(entireProcessTree: true);
                server.Dispose();
            }
        }
    }

    /// <summary>nginx with the documented upstream and locations (docs/deployment.md §5), on plain HTTP on loopback.</summary>
    private static Process StartNginx(TempFolder folder, string name, int port, IReadOnlyList<int> nodes)
    {
        var upstream = string.Join("\n", nodes.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;"));
        // Each stream holds a client connection and an upstream one, two per worker's share; the open-file limit (20,000 here)
        // caps a worker, so `reuseport` has the kernel spread the clients evenly over the two workers.
        return BenchNginx.Start(Path.Combine(folder.Path, $"nginx-{name}"), """
            worker_processes 2;
            worker_rlimit_nofile 19500;
            events { worker_connections 19000; }
            """, $$"""
              upstream parley {
            {{upstream}}
                keepalive 32;
              }
              server {
                listen 127.0.0.1:{{port}} backlog=4096 reuseport;
                client_max_body_size 5m;
                proxy_set_header X-Forwarded-For $remote_addr;
                proxy_set_header Host $host;
                proxy_http_version 1.1;
                proxy_set_header Connection "";
                proxy_next_upstream error timeout;
                proxy_connect_timeout 2s;
                location / { proxy_pass http://parley; }
                location ~ ^/live/[^/]+/events$ {
                  proxy_pass http://parley;
                  proxy_buffering off;
                  proxy_cache off;
                  proxy_read_timeout 120s;
                }
              }
            """);
    }
}
