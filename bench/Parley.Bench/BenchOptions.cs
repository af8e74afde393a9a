using System.Globalization;

namespace Parley.Bench;

/// <summary>Reads `--name N` options; an option that is absent or not a whole number takes its default.</summary>
internal static class BenchOptions
{
    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
    }

    /// <summary>The text after <paramref name="name"/>, or null when the option is absent.</summary>
    public static string? String(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The text after every occurrence of <paramref name="name"/>, in order.</summary>
    public static IEnumerable<string> All(string[] args, string name) =>
        args.Select((arg, i) => (arg, i)).Where(a => a.arg == name && a.i + 1 < args.Length).Select(a => args[a.i + 1]);

    /// <summary>
    /// Every <c>--parley-env NAME=VALUE</c>: environment for Parley's server process only, on top of its own (a runtime
    /// setting to try against the defaults in the same run).
    /// </summary>
    public static KeyValuePair<string, string>[] ParleyEnvironment(string[] args) =>
        [.. All(args, "--parley-env").Select(setting => setting.Split('=', 2)).Select(pair => KeyValuePair.Create(pair[0], pair.Length > 1 ? pair[1] : ""))];

    /// <summary>A fresh folder under the temp folder, deleted when the returned handle is disposed.</summary>
    public static TempFolder NewFolder() => new("parley-bench");
}
