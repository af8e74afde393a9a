using System.Diagnostics;
using Parley.Demo.Synthetic;
using Parley.Import;
using Parley.Matching.Records;

namespace Parley.Bench.Matching;

/// <summary>One true pair of a generated data set, with the error classes the generator applied to it.</summary>
internal sealed record TrueLink(string LeftId, string RightId, IReadOnlyList<string> Classes)
{
    /// <summary>The classes as the generators write them: sorted, joined with <c>+</c>; <c>clean</c> when there are none.</summary>
    public string ClassKey => Classes.Count == 0 ? "clean" : string.Join('+', Classes);
}

/// <summary>
/// Two lists and the truth between them, from one generator, with the commit the generator's code was at (so every
/// figure can name the generator it came from).
/// </summary>
internal sealed record LinkageData(string Generator, string Commit, IReadOnlyList<ListRecord> Left, IReadOnlyList<ListRecord> Right, IReadOnlyList<TrueLink> Truth)
{
    /// <summary>`parley synth`'s lists (Parley.Demo.Synthetic), made in memory.</summary>
    public static LinkageData Synth(int people, int seed)
    {
        var data = SyntheticLists.Generate(people, seed);
        return new("parley synth", Repository.Commit("src/Parley.Demo"), data.Left, data.Right,
            [.. data.Truth.Select(t => new TrueLink(t.LeftId, t.RightId, [t.DifficultyClass]))]);
    }

    /// <summary>
    /// The independent generator of bench/Parley.Evaluation (<paramref name="profile"/>: standard, georgian, no-dates,
    /// triplicates), run as its own process (its code is not read here:
    /// it is the evaluation the matcher was not tuned to), writing into <paramref name="folder"/>.
    /// </summary>
    public static LinkageData Evaluation(int people, int seed, string folder, string profile = "standard")
    {
        var project = Path.Combine(Repository.Root, "bench", "Parley.Evaluation");
        if (!Directory.Exists(project))
        {
            throw new InvalidOperationException($"{project} is not in this checkout: merge main once the evaluation generator has landed.");
        }
        var start = new ProcessStartInfo("dotnet", ["run", "-c", "Release", "--project", project, "--", "--people", people.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder, "--profile", profile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using (var child = Process.Start(start)!)
        {
            var output = child.StandardOutput.ReadToEndAsync();
            var error = child.StandardError.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                throw new InvalidOperationException($"the evaluation generator exited {child.ExitCode}: {error}{output.Result}");
            }
        }
        return FromFolder(folder, profile == "standard" ? "bench/Parley.Evaluation" : $"bench/Parley.Evaluation ({profile})", Repository.Commit("bench/Parley.Evaluation"));
    }

    /// <summary>Lists written to a folder: <c>left.csv</c>, <c>right.csv</c> and <c>truth.csv</c> (<c>left_id,right_id,class</c> or <c>classes</c>, classes joined by <c>+</c>).</summary>
    public static LinkageData FromFolder(string folder, string generator, string commit)
    {
        // A million people's lists are larger than an upload may be: read them as the end-to-end child does.
        var left = ListReader.Read(Path.Combine(folder, "left.csv"), limits: EndToEnd.ScalingLimits).Records;
        var right = ListReader.Read(Path.Combine(folder, "right.csv"), limits: EndToEnd.ScalingLimits).Records;
        var lines = File.ReadAllLines(Path.Combine(folder, "truth.csv"));
        var header = lines[0].Split(',');
        int l = Array.IndexOf(header, "left_id"), r = Array.IndexOf(header, "right_id");
        var c = Array.FindIndex(header, h => h is "class" or "classes");
        var truth = new List<TrueLink>(lines.Length);
        foreach (var line in lines.Skip(1).Where(s => s.Length > 0))
        {
            var cells = line.Split(',');
            var classes = c >= 0 && c < cells.Length
                ? cells[c].Trim('"').Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToArray()
                : [];
            truth.Add(new TrueLink(cells[l].Trim('"'), cells[r].Trim('"'), classes));
        }
        return new(generator, commit, left, right, truth);
    }
}
