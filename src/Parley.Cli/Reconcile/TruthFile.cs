using Parley.Import;

namespace Parley.Cli.Reconcile;

/// <summary>
/// A truth file for `parley reconcile --truth`: CSV with a header naming <c>left_id</c> and <c>right_id</c> (other
/// columns, such as the generators' <c>class</c> or <c>classes</c>, are ignored), one true pair a row — what
/// `parley synth` and the evaluation generator write. Problems are a <see cref="ListImportException"/>, as for lists.
/// </summary>
internal static class TruthFile
{
    public static IReadOnlySet<(string Left, string Right)> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ListImportException(path, new ImportError(0, null, $"the truth file cannot be read: {e.Message}"), e);
        }
        if (lines.Length == 0)
        {
            throw new ListImportException(path, new ImportError(0, null, "the truth file is empty; it needs a header naming left_id and right_id"));
        }
        var header = Cells(lines[0]);
        int left = Array.IndexOf(header, "left_id"), right = Array.IndexOf(header, "right_id");
        if (left < 0 || right < 0)
        {
            throw new ListImportException(path, new ImportError(1, null, "the truth file's header needs a left_id and a right_id column"));
        }
        var pairs = new HashSet<(string, string)>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var cells = Cells(lines[i]);
            if (cells.Length <= Math.Max(left, right))
            {
                throw new ListImportException(path, new ImportError(i + 1, null, $"expected {header.Length} cells, found {cells.Length}"));
            }
            pairs.Add((cells[left], cells[right]));
        }
        return pairs;
    }

    private static string[] Cells(string line) => [.. line.Split(',').Select(c => c.Trim().Trim('"'))];
}
