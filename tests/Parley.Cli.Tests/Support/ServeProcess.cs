using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parley.Cli.Tests.Support;

/// <summary>
/// A real `parley serve` process (the built parley.dll next to the tests) on a free loopback port, its output kept for
/// the failure message. <see cref="Kill"/> is kill -9: no shutdown, no final commit. Disposing kills it too.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>What the process wrote so far (its JSON log lines), for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts `parley serve ARGS --urls http://127.0.0.1:PORT` and waits until its /healthz answers 200.</summary>
    public static async Task<ServeProcess> StartAsync(params string[] args)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        start.ArgumentList.Add("serve");
        foreach (var arg in args.Concat(["--urls", $"http://127.0.0.1:{port}"]))
        {
            start.ArgumentList.Add(arg);
        }
        var node = new ServeProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet parley.dll serve"), port);
        // Read both streams to the end: a server whose log fills the pipe would block on its next line.
        node._process.OutputDataReceived += node.Keep;
        node._process.ErrorDataReceived += node.Keep;
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        await node.WaitHealthyAsync();
        return node;
    }

    /// <summary>SIGKILL, as kill -9: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        // Generous: a machine busy with other test projects starts a process slowly.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"parley serve on port {Port} did not come up:\n{Output}");
    }

    private void Keep(object? sender, DataReceivedEventArgs e)
    {
        lock (_output)
        {
            _output.AppendLine(e.Data);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
