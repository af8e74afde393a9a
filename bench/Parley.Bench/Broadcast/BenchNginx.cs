using System.Diagnostics;

namespace Parley.Bench.Broadcast;

/// <summary>
/// Debian's nginx as the benches start it: in the foreground, in a folder of its own (configuration, pid, error log and
/// temporary files), killed by the bench that started it. The nchan module, when installed, is the reference the live
/// broadcast is measured against.
/// </summary>
internal static class BenchNginx
{
    public const string NchanModule = "/usr/lib/nginx/modules/ngx_nchan_module.so";

    /// <summary>The nginx binary, or null when it is not installed.</summary>
    public static string? Binary => new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    /// <summary>Whether nginx and the nchan module are installed; says once why the reference is skipped when not.</summary>
    public static bool HasNchan()
    {
        if (Binary is not null && File.Exists(NchanModule))
        {
            return true;
        }
        Console.Error.WriteLine("nchan: nginx with the nchan module is not installed (apt-get install -y nginx-light libnginx-mod-nchan); skipping the reference");
        return false;
    }

    /// <summary>
    /// Writes <paramref name="dir"/>/nginx.conf with the main-context lines <paramref name="main"/> (workers, events, modules)
    /// and the http-context lines <paramref name="http"/> (upstreams, servers), and starts nginx on it.
    /// </summary>
    public static Process Start(string dir, string main, string http, string errorLevel = "warn")
    {
        var binary = Binary ?? throw new InvalidOperationException("nginx is not installed (apt-get install -y nginx-light)");
        Directory.CreateDirectory(Path.Combine(dir, "tmp"));
        var conf = Path.Combine(dir, "nginx.conf");
        File.WriteAllText(conf, $$"""
            {{main}}
            pid {{dir}}/nginx.pid;
            error_log {{dir}}/error.log {{errorLevel}};
            http {
              access_log off;
              client_body_temp_path {{dir}}/tmp/body;
              proxy_temp_path {{dir}}/tmp/proxy;
              fastcgi_temp_path {{dir}}/tmp/fastcgi;
              uwsgi_temp_path {{dir}}/tmp/uwsgi;
              scgi_temp_path {{dir}}/tmp/scgi;
            {{http}}
            }
            """);
        var start = new ProcessStartInfo(binary, ["-c", conf, "-p", dir, "-g", "daemon off;"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        return Process.Start(start)!;
    }
}
