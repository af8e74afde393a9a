using System.Globalization;

namespace Parley.Evaluation.Cli;

/// <summary>The command line: --people N --seed S --out DIR [--profile standard|georgian|no-dates|triplicates].</summary>
internal sealed record CommandLine(EvaluationOptions Options, string Folder)
{
    public const string Usage =
        "usage: Parley.Evaluation --people N --seed S --out DIR [--profile standard|georgian|no-dates|triplicates]";

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new EvaluationOptions();
        string? folder = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--people":
                    options = options with { People = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) };
                    break;
                case "--seed":
                    options = options with { Seed = ulong.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) };
                    break;
                case "--out":
                    folder = value;
                    break;
                case "--profile":
                    options = options with { Profile = ParseProfile(value) };
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }

            i++;
        }

        return new CommandLine(options, folder ?? throw new ArgumentException("--out is required"));
    }

    private static EvaluationProfile ParseProfile(string value) => value switch
    {
        "standard" => EvaluationProfile.Standard,
        "georgian" => EvaluationProfile.Georgian,
        "no-dates" => EvaluationProfile.NoDates,
        "triplicates" => EvaluationProfile.Triplicates,
        _ => throw new ArgumentException($"unknown profile '{value}'"),
    };
}
