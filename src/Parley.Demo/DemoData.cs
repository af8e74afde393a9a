namespace Parley.Demo;

/// <summary>Reads the text files embedded in this assembly (the synthetic generator's name lists).</summary>
internal static class DemoData
{
    private const string Prefix = "Parley.Demo.";

    /// <summary>The non-blank, non-comment (<c>#</c>) lines of a resource, trimmed, in file order.</summary>
    internal static IReadOnlyList<string> Lines(string resource)
    {
        var assembly = typeof(DemoData).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + resource)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{Prefix + resource}' is missing from {assembly.GetName().Name}; the build must embed it.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith('#'))];
    }
}
