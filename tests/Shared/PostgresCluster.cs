using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Parley.Testing;

/// <summary>
/// A private PostgreSQL cluster for one test assembly (an xunit assembly fixture): initdb into a temporary folder, started
/// with pg_ctl on a free loopback port, password authentication (scram-sha-256), stopped and deleted at the end. Debian's
/// packages provide it (<c>./test.sh</c> installs <c>postgresql</c> when missing); as root the server runs as the
/// <c>postgres</c> user. Each test takes a fresh database of its own (<see cref="CreateDatabase"/>).
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    public const string User = "parley";
    private readonly TempFolder _folder = new("parley-pg");
    private readonly string _bin;
    private readonly string _data;
    private readonly bool _asPostgres;
    private int _databases;

    public PostgresCluster()
    {
        _bin = FindBinaries();
        _asPostgres = Environment.UserName == "root";
        _data = Path.Combine(_folder.Path, "data");
        Password = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var passwordFile = Path.Combine(_folder.Path, "password");
        File.WriteAllText(passwordFile, Password + "\n");
        if (_asPostgres)
        {
            Run("chown", ["-R", "postgres:postgres", _folder.Path], asPostgres: false);
        }
        Run(Path.Combine(_bin, "initdb"), ["-D", _data, "-U", User, "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        Port = FreePort();
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", _data, "-l", Path.Combine(_folder.Path, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_folder.Path} -c listen_addresses=127.0.0.1 -c max_connections=200", "start"]);
    }

    /// <summary>The loopback port the cluster listens on.</summary>
    public int Port { get; }

    /// <summary>The password of <see cref="User"/>.</summary>
    public string Password { get; }

    /// <summary>A connection string for <paramref name="database"/> as <see cref="User"/>.</summary>
    public string ConnectionString(string database, string? password = null) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Password = password ?? Password,
        Database = database,
        Timeout = 10,
    }.ConnectionString;

    /// <summary>Creates an empty database of its own and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"t{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", _data, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            _folder.Dispose();
        }
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => d.Version >= 15 && File.Exists(Path.Combine(d.Dir, "bin", "initdb"))).OrderByDescending(d => d.Version).FirstOrDefault().Dir
            : null;
        return newest is null
            ? throw new InvalidOperationException("PostgreSQL 15 or later is not installed (no /usr/lib/postgresql/N/bin/initdb); ./test.sh installs it with apt-get install postgresql")
            : Path.Combine(newest, "bin");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, string[] arguments, bool? asPostgres = null)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres ?? _asPostgres)
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed (exit {process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
