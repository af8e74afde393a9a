using System.CommandLine;
using Parley.Server;

namespace Parley.Cli.Commands;

/// <summary>`parley serve [--db PATH] [--urls URL] [--demo]`: the HTTP API and the live broadcast on one database.</summary>
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
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi/v1.json, browsable at /scalar) and the live broadcast (/live).")
        {
            db, urls, demo,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = ParleyServer.Build(new ServerOptions
                {
                    DatabasePath = parse.GetValue(db)!,
                    Urls = parse.GetValue(urls)!,
                    Demo = parse.GetValue(demo),
                });
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
