using System.CommandLine;
using Parley.Server;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley serve [--db PATH] [--urls URL] [--demo] [--public-url URL] [--trusted-proxy IP]... [--allowed-host HOST]...
/// [--max-streams N] [--max-streams-per-address N] [--reads-per-minute N] [--retain-days N]`: the HTTP API and the live broadcast on one database.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "The addresses to listen on, separated by ';'.",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
            HelpName = "URL",
        };
        var demo = new Option<bool>("--demo")
        {
            Description = "Load the 2025 Istanbul demo record into the database first, if it is new.",
        };
        var publicUrl = new Option<string?>("--public-url")
        {
            Description = "The address the public reaches the server at behind a reverse proxy (https://parley.example.org): links in feeds, allowed Host names, HSTS. See docs/deployment.md.",
            HelpName = "URL",
        };
        var trustedProxy = new Option<string[]>("--trusted-proxy")
        {
            Description = "The address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto are believed (e.g. 127.0.0.1); repeat for more. None by default.",
            HelpName = "IP",
        };
        var allowedHost = new Option<string[]>("--allowed-host")
        {
            Description = "A host name requests may name in Host (others get 400); repeat for more. Default: the public URL's host and loopback, or any without --public-url.",
            HelpName = "HOST",
        };
        var maxStreams = new Option<int?>("--max-streams") { Description = "The most event streams open at once (default: the open-file limit less 6,000).", HelpName = "N" };
        var maxStreamsPerAddress = new Option<int?>("--max-streams-per-address") { Description = "The most event streams one client address may hold (default 100).", HelpName = "N" };
        var retainDays = new Option<int?>("--retain-days")
        {
            Description = "Erase the personal data of an exchange this many days after it is fulfilled (checked hourly; docs/operations.md). Default: keep it.",
            HelpName = "N",
        };
        var readsPerMinute = new Option<int?>("--reads-per-minute") { Description = "Reads per minute one address may make without a token (default 1,200; 0: no limit).", HelpName = "N" };
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi/v1.json, browsable at /scalar) and the live broadcast (/live).")
        {
            db, CommonOptions.LogKey(), urls, demo, publicUrl, trustedProxy, allowedHost, maxStreams, maxStreamsPerAddress, readsPerMinute, retainDays,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                var defaults = new ServerOptions { DatabasePath = parse.GetValue(db)!, Store = CommonOptions.StoreSettings(parse) };
                app = ParleyServer.Build(defaults with
                {
                    Urls = parse.GetValue(urls)!,
                    Demo = parse.GetValue(demo),
                    PublicUrl = parse.GetValue(publicUrl) is { } url ? ServeOptions.PublicUrl(url) : null,
                    TrustedProxies = [.. (parse.GetValue(trustedProxy) ?? []).Select(ServeOptions.Address)],
                    AllowedHosts = parse.GetValue(allowedHost) is { Length: > 0 } hosts ? hosts : null,
                    MaxStreams = parse.GetValue(maxStreams),
                    MaxStreamsPerAddress = parse.GetValue(maxStreamsPerAddress) ?? defaults.MaxStreamsPerAddress,
                    AnonymousReadsPerMinute = parse.GetValue(readsPerMinute) ?? defaults.AnonymousReadsPerMinute,
                    Retention = parse.GetValue(retainDays) is { } days ? RetentionCommand.Policy(days) : null,
                });
            }
            catch (ServeOptionException e)
            {
                error.WriteLine($"parley: {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (Failures.Describe(e) is { } message)
            {
                error.WriteLine($"parley: {message}");
                return ExitCodes.BadInput;
            }
            parse.InvocationConfiguration.Output.WriteLine($"parley: serving {parse.GetValue(db)} at {parse.GetValue(urls)} — open {parse.GetValue(urls)!.Split(';')[0]}/ (Ctrl+C stops)");
            using var stop = cancellationToken.Register(() => app.Lifetime.StopApplication());
            await app.RunAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>The serve options that need more than a type to be valid.</summary>
internal static class ServeOptions
{
    /// <summary>An absolute http(s) URL without query or fragment.</summary>
    public static Uri PublicUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && url.Query.Length == 0 && url.Fragment.Length == 0
            ? url
            : throw new ServeOptionException($"--public-url must be an absolute http or https URL without query or fragment (https://parley.example.org), found '{text}'");

    public static System.Net.IPAddress Address(string text) =>
        System.Net.IPAddress.TryParse(text, out var address)
            ? address
            : throw new ServeOptionException($"--trusted-proxy must be an IP address (e.g. 127.0.0.1), found '{text}'");
}

/// <summary>A serve option with a value that cannot work; the message names the option and the value.</summary>
internal sealed class ServeOptionException(string message) : Exception(message);
