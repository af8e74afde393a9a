using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Parley.Store;
using Parley.Store.Copy;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley copy --from DB --to DB`: moves a whole record between SQLite and PostgreSQL (either way, or to another database
/// of the same kind) and proves it before committing: equal event rows, equal Merkle roots (from the rows and from the
/// tiles), the last checkpoint verified with the log's key, equal projections (rebuilt on the target). The target must
/// be new or empty; the log's key goes with the copy (docs/deployment.md §4, docs/operations.md).
/// </summary>
internal static class CopyCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The database to copy: an SQLite file, or PostgreSQL (postgres://… or Host=…). Read from one snapshot and never written (an older schema is upgraded first, as by every command).", Required = true, HelpName = "DB" };
        var to = new Option<string>("--to") { Description = "The database to copy into: a new SQLite file or an empty one, or an empty PostgreSQL database.", Required = true, HelpName = "DB" };
        var fromKey = new Option<string?>("--from-log-key") { Description = "The source's signing key file (default: DB.key beside an SQLite source; a PostgreSQL source needs it, or --log-key).", HelpName = "FILE" };
        var toKey = new Option<string?>("--to-log-key") { Description = "Where the target's signing key goes, mode 0600 (default: DB.key beside an SQLite target; a PostgreSQL target needs it, or --log-key). An existing file must hold the same key.", HelpName = "FILE" };
        var logKey = new Option<string?>(CommonOptions.LogKeyName) { Description = "The key file of the PostgreSQL side(s), when --from-log-key / --to-log-key are not given.", HelpName = "FILE" };
        var json = CommonOptions.Json();
        var command = new Command("copy", "Copy a whole Parley record to another database (SQLite or PostgreSQL, either way) in one transaction, proved by equal Merkle roots and projections.")
        {
            from, to, fromKey, toKey, logKey, json,
        };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var source = parse.GetValue(from)!;
            var target = parse.GetValue(to)!;
            var request = new CopyRequest(source, target,
                parse.GetValue(fromKey) ?? PostgresKey(source, parse.GetValue(logKey)),
                parse.GetValue(toKey) ?? PostgresKey(target, parse.GetValue(logKey)));
            var output = parse.InvocationConfiguration.Output;
            var clock = Stopwatch.StartNew();
            var result = ReferenceEquals(output, Console.Out) && AnsiConsole.Profile.Capabilities.Interactive
                ? WithProgress(request)
                : RecordCopy.Run(request);
            var seconds = clock.Elapsed.TotalSeconds;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    from = result.From,
                    to = result.To,
                    origin = result.Origin,
                    events = result.Events,
                    eventBytes = result.EventBytes,
                    root = result.Root,
                    checkpointSize = result.CheckpointSize,
                    eventsDigest = result.EventsDigest,
                    projectionDocuments = result.ProjectionDocuments,
                    sourceProjectionsDigest = result.SourceProjectionsDigest,
                    targetProjectionsDigest = result.TargetProjectionsDigest,
                    tables = result.Tables.ToDictionary(t => t.Name, t => new { rows = t.Rows, digest = t.Digest }),
                    keyPath = result.KeyPath,
                    key = result.Key.ToString(),
                    seconds = Math.Round(seconds, 3),
                }, CliJson.Indented));
                return ExitCodes.Ok;
            }
            Summary(output, result, seconds);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The <c>--log-key</c> value for a PostgreSQL side (an SQLite side keeps its key beside it).</summary>
    private static string? PostgresKey(string database, string? logKey) =>
        DatabaseAddress.Parse(database) is PostgresDatabase ? logKey : null;

    private static CopyResult WithProgress(CopyRequest request) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<CopyStage, ProgressTask>();
                return RecordCopy.Run(request, new Progress(report =>
                {
                    if (!tasks.TryGetValue(report.Stage, out var task))
                    {
                        task = tasks[report.Stage] = context.AddTask(Describe(report.Stage), maxValue: Math.Max(1, report.Total));
                    }
                    task.Value = report.Done;
                }));
            });

    private static string Describe(CopyStage stage) => stage switch
    {
        CopyStage.Events => "copying events",
        CopyStage.Tables => "copying the public record and tokens",
        CopyStage.Projections => "rebuilding projections",
        _ => "reading the target back",
    };

    private static void Summary(TextWriter output, CopyResult result, double seconds)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant,
            $"copied {result.Events:N0} events ({result.EventBytes:N0} bytes of event data) from {result.From} to {result.To} in {seconds:F1} s ({result.Events / Math.Max(seconds, 0.001):N0} events/s)"));
        output.WriteLine(string.Create(invariant,
            $"root at size {result.Events:N0}: {result.Root} (hex), the same from the source's rows, the target's rows and the target's tiles; checkpoint {result.CheckpointSize:N0} of {result.Origin} verified with the log's key"));
        output.WriteLine(string.Create(invariant,
            $"projections: {result.ProjectionDocuments:N0} documents rebuilt on the target; SHA-256 {result.SourceProjectionsDigest} on the source, {result.TargetProjectionsDigest} on the target: equal"));
        output.WriteLine("also copied: " + string.Join(", ", result.Tables.Select(t => string.Create(invariant, $"{t.Rows:N0} {t.Name}"))));
        output.WriteLine(result.Key switch
        {
            KeyTransfer.Copied => $"log key copied to {result.KeyPath} (0600): keep it with the database",
            KeyTransfer.AlreadyThere => $"log key already at {result.KeyPath} (the same key)",
            _ => $"log key {result.KeyPath} serves both databases",
        });
    }

    /// <summary>Reports on the thread that runs the copy (Spectre's tasks are thread-safe; no synchronisation context needed).</summary>
    private sealed class Progress(Action<CopyProgress> report) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value) => report(value);
    }
}
