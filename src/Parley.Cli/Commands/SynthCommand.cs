using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Demo.Synthetic;
using Parley.Import;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley synth --people N --seed S --out DIR`: two synthetic lists of the same people and the truth
/// between them (<c>left.csv</c>, <c>right.csv</c>, <c>truth.csv</c>), for trying and benchmarking
/// reconciliation. Deterministic per seed.
/// </summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people")
        {
            Description = "How many people (about 85% appear on each list, 70% on both).",
            DefaultValueFactory = _ => 10_000,
            HelpName = "N",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed: the same seed and people count give the same files.",
            DefaultValueFactory = _ => 1,
            HelpName = "S",
        };
        var outDir = new Option<string>("--out")
        {
            Description = "The folder to write left.csv, right.csv and truth.csv to (created if missing).",
            Required = true,
            HelpName = "DIR",
        };
        var command = new Command("synth",
            "Write two synthetic lists of the same people, as two sides would write them (scripts, schemes, typos, date errors, one-sided people), and the ground truth.")
        {
            people, seed, outDir,
        };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var count = parse.GetValue(people);
            if (count is < 0 or > 10_000_000)
            {
                parse.InvocationConfiguration.Error.WriteLine($"parley: --people must be between 0 and 10,000,000; got {count}.");
                return ExitCodes.BadInput;
            }
            var folder = parse.GetValue(outDir)!;
            Directory.CreateDirectory(folder);
            var clock = Stopwatch.StartNew();
            var showProgress = count >= 50_000 && ReferenceEquals(output, Console.Out) && AnsiConsole.Profile.Capabilities.Interactive;
            SyntheticDataset data = null!;
            void Run(IProgress<double>? generating, Action<string, double>? writing)
            {
                data = SyntheticLists.Generate(count, parse.GetValue(seed), generating);
                double total = Math.Max(1, data.Left.Count + data.Right.Count + data.Truth.Count);
                double before = 0;
                IProgress<int>? Step(double offset) => writing is null ? null : new Inline(n => writing("writing", (offset + n) / total));
                ListWriter.WriteCsv(Path.Combine(folder, "left.csv"), data.Left, Step(before));
                before += data.Left.Count;
                ListWriter.WriteCsv(Path.Combine(folder, "right.csv"), data.Right, Step(before));
                before += data.Right.Count;
                ListWriter.WriteTable(
                    Path.Combine(folder, "truth.csv"),
                    ["left_id", "right_id", "class"],
                    data.Truth.Select(t => (IReadOnlyList<string?>)[t.LeftId, t.RightId, t.DifficultyClass]),
                    Step(before));
            }
            if (showProgress)
            {
                AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var generate = ctx.AddTask("generating", maxValue: 1.0);
                        var write = ctx.AddTask("writing", maxValue: 1.0);
                        Run(new Inline<double>(f => generate.Value = f), (_, f) => write.Value = f);
                        generate.Value = 1.0;
                        write.Value = 1.0;
                    });
            }
            else
            {
                Run(null, null);
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {data.Left.Count:N0} left and {data.Right.Count:N0} right records and {data.Truth.Count:N0} true pairs to {folder} in {clock.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread (Spectre's tasks are thread-safe).</summary>
    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    private sealed class Inline(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
