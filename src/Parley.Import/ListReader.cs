namespace Parley.Import;

/// <summary>
/// Reads one side's list of people from a CSV or XLSX file with a header row (see <c>docs/lists.md</c>):
/// the encoding (UTF-8 with or without a byte order mark, or Windows-1251) and the CSV separator
/// (comma, semicolon or tab) are detected; column names are recognised in English, Ukrainian and
/// Russian. All or nothing: any problem throws a <see cref="ListImportException"/> naming every bad
/// row and column, and no records are returned.
/// </summary>
public static partial class ListReader
{
    /// <summary>
    /// Reads the list at <paramref name="path"/>. <paramref name="encoding"/> overrides detection for a CSV file
    /// (utf-8, windows-1251, or any name .NET knows). A file with only a header is a valid empty list;
    /// an empty file is an error.
    /// </summary>
    public static ImportedList Read(string path, IProgress<ImportProgress>? progress = null, string? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = e switch
            {
                FileNotFoundException => "no such file",
                DirectoryNotFoundException => "no such folder",
                UnauthorizedAccessException => "not allowed to read the file",
                _ => $"cannot read the file ({e.Message})",
            };
            throw new ListImportException(path, new ImportError(0, null, reason), e);
        }
        return Read(path, bytes, progress, encoding);
    }

    /// <summary>
    /// Reads a list already in memory (an upload); <paramref name="name"/> is how errors name the file, and its
    /// <c>.xlsx</c> ending (or the bytes of a ZIP) makes it a workbook.
    /// </summary>
    public static ImportedList Read(string name, byte[] bytes, IProgress<ImportProgress>? progress = null, string? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        var path = name;
        if (bytes.Length == 0)
        {
            throw new ListImportException(path, new ImportError(0, null, "the file is empty; a list needs at least a header row"));
        }
        return IsZip(bytes) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReadXlsx(path, bytes, progress)
            : ReadCsv(path, bytes, progress, encoding);
    }

    private static bool IsZip(byte[] bytes) =>
        bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
}
