using System.Diagnostics;
using System.Net;
using System.Text;

namespace Parley.Cli.Tests.Deployment;

/// <summary>
/// docs/deployment.md §5, tried: Debian's nginx on loopback with the page's own load-balancer block (its
/// <c>nginx-nodes</c> block, with loopback ports and a self-signed certificate put in) in front of two real `parley
/// serve` nodes on one PostgreSQL database; one node is killed with kill -9 and the event streams carry on through nginx.
/// </summary>
public sealed class NginxNodesTests(PostgresCluster cluster)
{
    private const string Nginx = "/usr/sbin/nginx";
    private const string Page = "may-2025";

    [Fact]
    public async Task event_streams_through_the_load_balancer_resume_exactly_once_on_the_other_node_when_one_is_killed()
    {
        Assert.True(File.Exists(Nginx), $"{Nginx} is missing: run ./test.sh, which installs Debian's nginx-light package with apt-get");
        using var folder = new TempFolder();
        var db = cluster.CreateDatabase();
        var key = folder.File("log.key");
        string[] common = ["--db", db, "--log-key", key, "--public-url", $"https://{NginxInFrontOfParley.PublicHost}", "--trusted-proxy", "127.0.0.1"];
        using var first = await ServeProcess.StartAsync([.. common, "--demo"]);
        using var second = await ServeProcess.StartAsync(common);
        var press = await ParleyCli.Run("tokens", "new", "--db", db, "--role", "press");
        Assert.True(press.ExitCode == 0, press.ToString());
        var (certificate, certificateFile, keyFile) = NginxInFrontOfParley.SelfSignedCertificate(folder);
        using var disposeCertificate = certificate;
        var tls = NginxInFrontOfParley.FreePort();
        using var nginx = new Stopped(StartNginx(folder, Site(first.Port, second.Port, tls, certificateFile, keyFile)));
        using var client = NginxInFrontOfParley.Client(tls, certificate);
        using var officer = NginxInFrontOfParley.Client(tls, certificate, press.Output.Trim());
        await WaitUntilUp(client, nginx.Process);

        // Two streams opened one after the other: nginx's round robin puts one on each node.
        var start = await Through(client);
        await using var one = await Open(client, start);
        await using var two = await Open(client, start);
        ResumingStream[] streams = [one, two];
        var before = await Post(officer, "Before the kill.");
        foreach (var stream in streams)
        {
            Assert.Equal(before, (await stream.NextAsync())?.Id);
        }
        first.Kill();
        var after = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            after.Add(await Post(officer, $"After the kill, {i}."));
        }

        foreach (var stream in streams)
        {
            var seen = new List<long>();
            while (seen.Count < after.Count)
            {
                if (await stream.NextAsync() is { Id: { } id })
                {
                    seen.Add(id);
                }
                else
                {
                    // Its node is gone: the reader reconnects through nginx with the last id it saw, as a browser does.
                    await stream.ReopenAsync(client);
                }
            }
            Assert.Equal(after, seen);
        }
        Assert.True(streams.Sum(s => s.Reopened) >= 1, "neither stream was on the killed node; nginx did not balance them");
    }

    /// <summary>The load-balancer block of docs/deployment.md §5 with this test's ports and certificate put in.</summary>
    private static string Site(int firstPort, int secondPort, int tls, string certificateFile, string keyFile) =>
        NginxInFrontOfParley.DocumentedSite("nginx-nodes", tls, certificateFile, keyFile,
            ("server 127.0.0.1:5081", $"server 127.0.0.1:{firstPort}"), ("server 127.0.0.1:5082", $"server 127.0.0.1:{secondPort}"));

    private static Process StartNginx(TempFolder folder, string site)
    {
        var dir = folder.Path;
        var conf = folder.Write("nginx.conf", NginxInFrontOfParley.Configuration(dir, "events { worker_connections 1024; }", site));
        var start = new ProcessStartInfo(Nginx) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", conf, "-p", dir, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }


    private static async Task WaitUntilUp(HttpClient client, Process nginx)
    {
        for (var i = 0; i < 100 && !nginx.HasExited; i++)
        {
            try
            {
                using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail("nginx did not come up in front of the nodes");
    }

    /// <summary>How far the broadcast has read the log: a stream opened after it gets only what is posted from now on.</summary>
    private static async Task<long> Through(HttpClient client)
    {
        using var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/healthz", TestContext.Current.CancellationToken));
        return health.RootElement.GetProperty("broadcastThrough").GetInt64();
    }

    private static async Task<long> Post(HttpClient officer, string text)
    {
        using var response = await officer.PostAsync($"/api/live/{Page}/entries",
            new StringContent(System.Text.Json.JsonSerializer.Serialize(new { markdown = text }), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("sequence").GetInt64();
    }

    private static async Task<ResumingStream> Open(HttpClient client, long after)
    {
        var stream = new ResumingStream(after);
        await stream.ReopenAsync(client);
        return stream;
    }


    /// <summary>A process killed (with its children) and waited for on dispose.</summary>
    private sealed class Stopped(Process process) : IDisposable
    {
        public Process Process => process;

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            process.Dispose();
        }
    }

    /// <summary>An event stream of the page that a reader reopens with the last id it saw, as a browser does.</summary>
    private sealed class ResumingStream(long after) : IAsyncDisposable
    {
        private HttpResponseMessage? _response;
        private StreamReader? _reader;

        public long LastId { get; private set; } = after;

        public int Reopened { get; private set; } = -1;

        public async Task ReopenAsync(HttpClient client)
        {
            await DisposeAsync();
            var request = new HttpRequestMessage(HttpMethod.Get, $"/live/{Page}/events");
            request.Headers.Accept.ParseAdd("text/event-stream");
            request.Headers.Add("Last-Event-ID", LastId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, _response.StatusCode);
            _reader = new StreamReader(await _response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
            Reopened++;
        }

        /// <summary>The next entry (keep-alives and figures skipped); null when the stream ended or stayed quiet for 5 s.</summary>
        public async Task<(long? Id, string Data)?> NextAsync()
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            quiet.CancelAfter(TimeSpan.FromSeconds(5));
            long? id = null;
            var data = new StringBuilder();
            try
            {
                while (await _reader!.ReadLineAsync(quiet.Token) is { } line)
                {
                    if (line.StartsWith("id: ", StringComparison.Ordinal))
                    {
                        id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
                    }
                    else if (line.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        data.Append(line[6..]);
                    }
                    else if (line.Length == 0 && id is { } complete)
                    {
                        LastId = complete;
                        return (complete, data.ToString());
                    }
                    else if (line.Length == 0)
                    {
                        data.Clear();
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
            }
            return null;
        }

        public ValueTask DisposeAsync()
        {
            _reader?.Dispose();
            _response?.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
