using System.Reflection;

namespace Parley.Evaluation.Data;

/// <summary>Reads the tab-separated tables embedded in this assembly (lines starting # are comments).</summary>
internal static class DataFiles
{
    private static readonly Assembly Assembly = typeof(DataFiles).Assembly;

    /// <summary>The rows of a table, each split at tabs; blank and comment lines are skipped.</summary>
    public static IReadOnlyList<string[]> Rows(string path) =>
        [.. Lines(path).Where(line => !line.StartsWith('@')).Select(line => line.Split('\t'))];

    /// <summary>The non-comment lines of a table as written, directives (@name) included.</summary>
    public static IReadOnlyList<string> Lines(string path)
    {
        var name = "data/" + path;
        var resource = Assembly.GetManifestResourceNames()
            .FirstOrDefault(candidate => candidate.Replace('\\', '/') == name)
            ?? throw new InvalidOperationException($"no embedded data file {path}");
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    public static string Column(string[] row, int index) => index < row.Length ? row[index].Trim() : "";
}
