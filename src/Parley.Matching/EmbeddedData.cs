namespace Parley.Matching;

/// <summary>Reads the text resources embedded in this assembly (scheme tables, name lists).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "Parley.Matching.";

    internal static IEnumerable<string> Names(string folderPrefix) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folderPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    internal static string ReadText(string resourceName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{resourceName}' is missing from {assembly.GetName().Name}; the build must embed it.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Data lines of a TSV resource: comments (#) and blank lines skipped, cells split on tabs.</summary>
    internal static IEnumerable<(int LineNumber, string[] Cells)> ReadTable(string resourceName)
    {
        var lines = ReadText(resourceName).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            yield return (i + 1, line.Split('\t'));
        }
    }
}
