using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Cli.Tests.Deployment;

/// <summary>
/// docs/deployment.md, set up: Debian's nginx on loopback with the page's own configuration (its <c>nginx</c> block, with
/// loopback ports and a self-signed certificate for parley.test put in) terminating TLS in front of a real
/// `parley serve --public-url https://parley.test --trusted-proxy 127.0.0.1`. ./test.sh installs nginx-light.
/// </summary>
public sealed class NginxInFrontOfParley : IAsyncLifetime
{
    private const string Nginx = "/usr/sbin/nginx";
    public const string PublicHost = "parley.test";

    private readonly TempFolder _folder = new();
    private readonly StringBuilder _logs = new();
    private Process? _parley;
    private Process? _nginx;
    private int _tls;
    private int _plain;
    public string Press { get; private set; } = "";

    public string Mediator { get; private set; } = "";

    public int PlainPort => _plain;
    private X509Certificate2? _certificate;

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(Nginx), $"{Nginx} is missing: run ./test.sh, which installs Debian's nginx-light package with apt-get");
        var db = _folder.File("parley.db");
        Press = await Token(db, "press");
        Mediator = await Token(db, "mediator");
        var parleyPort = FreePort();
        _parley = Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "parley.dll"), "serve", "--db", db, "--urls", $"http://127.0.0.1:{parleyPort}", "--demo",
            "--public-url", $"https://{PublicHost}", "--trusted-proxy", "127.0.0.1", "--max-streams-per-address", "2"]);
        using (var direct = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{parleyPort}") })
        {
            await WaitUntil(async () => (await direct.GetAsync("/healthz", TestContext.Current.CancellationToken)).IsSuccessStatusCode, "parley serve");
        }

        _tls = FreePort();
        _plain = FreePort();
        var (certificate, certificateFile, keyFile) = SelfSignedCertificate(_folder);
        _certificate = certificate;
        var dir = _folder.Path;
        var conf = Path.Combine(dir, "nginx.conf");
        File.WriteAllText(conf, Configuration(dir, DocumentedBlock("nginx-main"), Site(parleyPort, certificateFile, keyFile)));
        _nginx = Start(Nginx, ["-c", conf, "-p", dir, "-g", "daemon off;"]);
        await WaitUntil(async () =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, _tls, TestContext.Current.CancellationToken);
            return true;
        }, "nginx");
    }

    /// <summary>The site block of docs/deployment.md with this test's ports, certificate and parley's address put in.</summary>
    private string Site(int parleyPort, string certificateFile, string keyFile)
    {
        var site = DocumentedSite("nginx", _tls, certificateFile, keyFile,
            ("server 127.0.0.1:5080;", $"server 127.0.0.1:{parleyPort};"), ("listen 80;", $"listen 127.0.0.1:{_plain};"));
        // IPv6 listeners are dropped: the test machine may have no IPv6 loopback.
        return string.Join('\n', site.Split('\n').Where(l => !l.Contains("listen [::]", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A documented nginx block with <paramref name="ports"/> put in first, then the TLS listener on
    /// <paramref name="tls"/>, this test's certificate and <see cref="PublicHost"/>; fails, naming it, when the page no
    /// longer has a text the test replaces.
    /// </summary>
    internal static string DocumentedSite(string language, int tls, string certificateFile, string keyFile, params (string From, string To)[] ports)
    {
        var site = DocumentedBlock(language);
        (string From, string To)[] all =
        [
            .. ports,
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{tls} ssl http2;"),
            ("/etc/letsencrypt/live/parley.example.org/fullchain.pem", certificateFile),
            ("/etc/letsencrypt/live/parley.example.org/privkey.pem", keyFile),
            ("parley.example.org", PublicHost),
        ];
        foreach (var (from, to) in all)
        {
            Assert.True(site.Contains(from, StringComparison.Ordinal), $"docs/deployment.md's {language} block no longer has '{from}'; update this test with it");
            site = site.Replace(from, to, StringComparison.Ordinal);
        }
        return site;
    }

    /// <summary>nginx's configuration around <paramref name="site"/>: everything it writes stays in <paramref name="dir"/>.</summary>
    internal static string Configuration(string dir, string main, string site) => $$"""
        pid {{dir}}/nginx.pid;
        error_log {{dir}}/error.log warn;
        {{main}}
        http {
          access_log off;
          client_body_temp_path {{dir}}/body;
          proxy_temp_path {{dir}}/proxy;
          fastcgi_temp_path {{dir}}/fastcgi;
          uwsgi_temp_path {{dir}}/uwsgi;
          scgi_temp_path {{dir}}/scgi;
        {{site}}
        }
        """;

    internal static string DocumentedBlock(string language)
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Deployment", "deployment.md"));
        var match = Regex.Match(doc, $"```{Regex.Escape(language)}\\n(?<body>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"docs/deployment.md has no ```{language} block");
        return match.Groups["body"].Value;
    }

    public HttpClient Client(string? token = null) => Client(_tls, _certificate!, token);

    /// <summary>A client of https://parley.test on <paramref name="tls"/> that trusts exactly <paramref name="certificate"/>.</summary>
    internal static HttpClient Client(int tls, X509Certificate2 certificate, string? token = null)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ToLoopback,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
            },
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"https://{PublicHost}:{tls}"), Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>parley.test is this machine: connections go to loopback, with the name kept for SNI and Host.</summary>
    public static async ValueTask<Stream> ToLoopback(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    internal static (X509Certificate2 Certificate, string CertificateFile, string KeyFile) SelfSignedCertificate(TempFolder folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={PublicHost}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(PublicHost);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certificateFile = folder.File("parley.test.crt");
        var keyFile = folder.File("parley.test.key");
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certificate, certificateFile, keyFile);
    }

    private static async Task<string> Token(string db, string role)
    {
        var result = await ParleyCli.Run("tokens", "new", "--db", db, "--role", role);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Trim();
    }

    private Process Start(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        void Log(object? _, DataReceivedEventArgs e)
        {
            lock (_logs)
            {
                _logs.AppendLine(e.Data);
            }
        }
        process.OutputDataReceived += Log;
        process.ErrorDataReceived += Log;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntil(Func<Task<bool>> up, string what)
    {
        // Generous: loading the demo on a machine busy with other test projects has taken over 30 s.
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                if (await up())
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or SocketException)
            {
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        lock (_logs)
        {
            Assert.Fail($"{what} did not come up in 120 s:\n{_logs}");
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in new[] { _nginx, _parley })
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process?.Dispose();
        }
        _certificate?.Dispose();
        _folder.Dispose();
    }
}

/// <summary>
/// docs/deployment.md, tried: Debian's nginx on loopback with the page's own configuration terminating TLS in front of a
/// real `parley serve` (<see cref="NginxInFrontOfParley"/>): HTTPS with HSTS and the security headers, the redirect from
/// plain HTTP, feeds linking to the public address, event streams unbuffered, the per-address cap not escaped by a
/// forged X-Forwarded-For, no-store on personal data, unknown host names refused.
/// </summary>
public sealed class NginxDeploymentTests(NginxInFrontOfParley nginx) : IClassFixture<NginxInFrontOfParley>
{
    [Fact]
    public async Task pages_come_over_https_with_hsts_and_the_security_headers()
    {
        using var client = nginx.Client();
        using var response = await client.GetAsync("/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task plain_http_is_redirected_to_https()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectCallback = NginxInFrontOfParley.ToLoopback }) { BaseAddress = new Uri($"http://{NginxInFrontOfParley.PublicHost}:{nginx.PlainPort}") };
        using var response = await client.GetAsync("/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"https://{NginxInFrontOfParley.PublicHost}/live", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task feeds_link_to_the_public_https_address()
    {
        using var client = nginx.Client();
        var atom = await client.GetStringAsync("/live/may-2025/feed.atom", TestContext.Current.CancellationToken);

        Assert.Contains($"https://{NginxInFrontOfParley.PublicHost}/live/may-2025", atom);
        Assert.DoesNotContain("127.0.0.1", atom);
    }

    [Fact]
    public async Task an_event_stream_through_the_proxy_delivers_an_entry_as_it_is_posted()
    {
        using var client = nginx.Client();
        HttpResponseMessage response;
        // The stream-cap test may still hold this address's two places for a moment after it ends.
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/live/may-2025/events");
            request.Headers.Accept.ParseAdd("text/event-stream");
            request.Headers.Add("Last-Event-ID", "999999999");
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 100)
            {
                break;
            }
            response.Dispose();
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        using var opened = response;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));

        using var press = nginx.Client(nginx.Press);
        using var posted = await press.PostAsync("/api/live/may-2025/entries",
            new StringContent("{\"markdown\": \"Through the proxy: DLV42\"}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(10));
        while (await reader.ReadLineAsync(wait.Token) is { } line)
        {
            if (line.Contains("DLV42", StringComparison.Ordinal))
            {
                return;
            }
        }
        Assert.Fail("the entry did not come through the proxy");
    }

    [Fact]
    public async Task a_client_cannot_escape_the_per_address_stream_cap_by_writing_its_own_x_forwarded_for()
    {
        using var client = nginx.Client();
        var responses = new List<HttpResponseMessage>();
        try
        {
            for (var i = 1; i <= 3; i++)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/live/may-2025/events");
                request.Headers.Accept.ParseAdd("text/event-stream");
                request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
                responses.Add(await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken));
            }
            // Three different forged addresses, one real one: at most its two places, then 429.
            Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) <= 2, string.Join(", ", responses.Select(r => r.StatusCode)));
            Assert.Equal(HttpStatusCode.TooManyRequests, responses[2].StatusCode);
            Assert.NotNull(responses[2].Headers.RetryAfter);
        }
        finally
        {
            responses.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task a_roster_through_the_proxy_says_no_store()
    {
        using var client = nginx.Client(nginx.Mediator);
        using var response = await client.GetAsync("/api/exchanges/may-2025/roster", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task a_host_name_other_than_the_public_one_is_refused()
    {
        using var client = nginx.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/live");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
