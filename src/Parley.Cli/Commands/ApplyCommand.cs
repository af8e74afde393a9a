using System.CommandLine;
using Parley.Core.Wire;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.Serialization;
using Spectre.Console;
using DomainCommand = Parley.Core.Commands.Command;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley apply FILE [--db PATH]`: one JSON command a line (docs/commands.md), in order. A rejected line is reported
/// as `line N: reason` and changes nothing; the others stay applied; exit 2 if any line was rejected.
/// </summary>
internal static class ApplyCommand
{
    private const int BatchSize = 4096;

    public static System.CommandLine.Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A file of commands, one JSON object a line." };
        var db = CommonOptions.Database();
        var acks = new Option<bool>("--acks")
        {
            Description = "After each durable commit, print 'ack line N seq S' (for scripts that must know what is safe).",
        };
        var command = new System.CommandLine.Command("apply", "Apply a file of commands, one JSON object a line, in order.") { file, db, CommonOptions.LogKey(), acks };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
            Apply(parse.GetValue(file)!, parse.GetValue(db)!, parse.GetValue(acks), CommonOptions.StoreSettings(parse), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)));
        return command;
    }

    /// <summary>One batch of lines as read: the commands parsed, and the lines that did not parse with why.</summary>
    private sealed record Chunk(List<(int Line, DomainCommand Command)> Commands, List<(int Line, string Reason)> Malformed);

    private static int Apply(FileInfo file, string db, bool acks, Store.StoreSettings settings, TextWriter output, TextWriter error)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"no such file: {file.FullName}", file.FullName);
        }
        using var store = ParleyStore.Open(db, OpenMode.CreateIfMissing, settings: settings);
        var total = File.ReadLines(file.FullName).Count();
        var events = 0L;
        var accepted = 0;
        var rejected = 0;
        var showProgress = total > 20_000 && ReferenceEquals(output, Console.Out) && AnsiConsole.Profile.Capabilities.Interactive;
        void Run(Action<int>? advance)
        {
            // Lines are parsed on another thread while the previous batch is decided and committed: on two cores a long
            // file takes the longer of the two, not their sum. Reports still come in line order.
            var chunks = System.Threading.Channels.Channel.CreateBounded<Chunk>(2);
            var reading = Task.Run(async () =>
            {
                try
                {
                    foreach (var chunk in Read(file.FullName))
                    {
                        await chunks.Writer.WriteAsync(chunk);
                    }
                }
                finally
                {
                    chunks.Writer.Complete();
                }
            });
            while (chunks.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (chunks.Reader.TryRead(out var chunk))
                {
                    var outcomes = store.Execute(chunk.Commands.Select(p => p.Command).ToList(), BatchSize);
                    var reports = new List<(int Line, string Reason)>(chunk.Malformed);
                    for (var j = 0; j < outcomes.Count; j++)
                    {
                        if (outcomes[j].Accepted)
                        {
                            accepted++;
                            events += outcomes[j].EventCount;
                        }
                        else
                        {
                            reports.Add((chunk.Commands[j].Line, outcomes[j].Reason));
                        }
                    }
                    rejected += reports.Count;
                    foreach (var (line, reason) in reports.OrderBy(r => r.Line))
                    {
                        error.WriteLine($"line {line}: {reason}");
                    }
                    if (acks && chunk.Commands.Count > 0)
                    {
                        output.WriteLine($"ack line {chunk.Commands[^1].Line} seq {store.Log.LastSequence}");
                        output.Flush();
                    }
                    advance?.Invoke(chunk.Commands.Count + chunk.Malformed.Count);
                }
            }
            reading.GetAwaiter().GetResult();
        }
        if (showProgress)
        {
            AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("applying", maxValue: total);
                    Run(n => task.Increment(n));
                });
        }
        else
        {
            Run(null);
        }
        output.WriteLine($"applied {accepted} of {accepted + rejected} commands from {file.Name} to {CommonOptions.Shown(db)}: {events} events; {rejected} rejected");
        return rejected == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>The file's commands in batches of <see cref="BatchSize"/>; blank lines and # comments are skipped but counted.</summary>
    private static IEnumerable<Chunk> Read(string path)
    {
        var chunk = new Chunk([], []);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }
            try
            {
                chunk.Commands.Add((number, CommandText.Parse(text)));
            }
            catch (CommandFormatException e)
            {
                chunk.Malformed.Add((number, e.Message));
            }
            if (chunk.Commands.Count + chunk.Malformed.Count == BatchSize)
            {
                yield return chunk;
                chunk = new Chunk([], []);
            }
        }
        if (chunk.Commands.Count + chunk.Malformed.Count > 0)
        {
            yield return chunk;
        }
    }
}
