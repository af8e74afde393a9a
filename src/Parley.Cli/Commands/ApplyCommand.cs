using System.CommandLine;
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
        var command = new System.CommandLine.Command("apply", "Apply a file of commands, one JSON object a line, in order.") { file, db, acks };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
            Apply(parse.GetValue(file)!, parse.GetValue(db)!, parse.GetValue(acks), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)));
        return command;
    }

    private static int Apply(FileInfo file, string db, bool acks, TextWriter output, TextWriter error)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"no such file: {file.FullName}", file.FullName);
        }
        var lines = File.ReadAllLines(file.FullName);
        var parsed = new List<(int Line, DomainCommand Command)>(lines.Length);
        var rejected = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }
            try
            {
                parsed.Add((i + 1, CommandReader.Parse(text)));
            }
            catch (CommandFormatException e)
            {
                error.WriteLine($"line {i + 1}: {e.Message}");
                rejected++;
            }
        }

        using var store = ParleyStore.Open(db, OpenMode.CreateIfMissing);
        var events = 0L;
        var accepted = 0;
        var showProgress = parsed.Count > 20_000 && ReferenceEquals(output, Console.Out) && AnsiConsole.Profile.Capabilities.Interactive;
        void Run(Action<int>? advance)
        {
            for (var start = 0; start < parsed.Count; start += BatchSize)
            {
                var chunk = parsed.Skip(start).Take(BatchSize).ToList();
                var outcomes = store.Execute(chunk.Select(p => p.Command).ToList(), BatchSize);
                for (var j = 0; j < outcomes.Count; j++)
                {
                    if (outcomes[j].Accepted)
                    {
                        accepted++;
                        events += outcomes[j].EventCount;
                    }
                    else
                    {
                        error.WriteLine($"line {chunk[j].Line}: {outcomes[j].Reason}");
                        rejected++;
                    }
                }
                if (acks)
                {
                    output.WriteLine($"ack line {chunk[^1].Line} seq {store.Log.LastSequence}");
                    output.Flush();
                }
                advance?.Invoke(chunk.Count);
            }
        }
        if (showProgress)
        {
            AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("applying", maxValue: parsed.Count);
                    Run(n => task.Increment(n));
                });
        }
        else
        {
            Run(null);
        }
        output.WriteLine($"applied {accepted} of {accepted + rejected} commands from {file.Name} to {db}: {events} events; {rejected} rejected");
        return rejected == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
