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
    /// <exception cref="ListImportException">Any problem, including a file over one of the <paramref name="limits"/> (<see cref="ImportLimits.Default"/> when null).</exception>
    public static ImportedList Read(string path, IProgress<ImportProgress>? progress = null, string? encoding = null, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= ImportLimits.Default;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > limits.MaxFileBytes)
            {
                throw new ListImportException(path, new ImportError(0, null,
                    $"the file is {length:N0} bytes, more than the {limits.MaxFileBytes:N0} a list may have; split it into several files"));
            }
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
        return Read(path, bytes, progress, encoding, limits);
    }

    /// <summary>
    /// Reads a list already in memory (an upload); <paramref name="name"/> is how errors name the file, and its
    /// <c>.xlsx</c> ending (or the bytes of a ZIP) makes it a workbook.
    /// </summary>
    /// <exception cref="ListImportException">Any problem, including a list over one of the <paramref name="limits"/> (<see cref="ImportLimits.Default"/> when null).</exception>
    public static ImportedList Read(string name, byte[] bytes, IProgress<ImportProgress>? progress = null, string? encoding = null, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= ImportLimits.Default;
        var path = name;
        if (bytes.Length > limits.MaxFileBytes)
        {
            throw new ListImportException(path, new ImportError(0, null,
                $"the file is {bytes.Length:N0} bytes, more than the {limits.MaxFileBytes:N0} a list may have; split it into several files"));
        }
        if (bytes.Length == 0)
        {
            throw new ListImportException(path, new ImportError(0, null, "the file is empty; a list needs at least a header row"));
        }
        return IsZip(bytes) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReadXlsx(path, bytes, progress, limits)
            : ReadCsv(path, bytes, progress, encoding, limits);
    }

    /// <summary>
    /// Reads one row's cells into <paramref name="cells"/> (whatever the file's reader), refusing a row past the most a
    /// list may have, a row with too many cells (before reading them) or a cell with too many characters, naming the row
    /// and the cell's position.
    /// </summary>
    private static void ReadRow(string path, int row, List<string?> cells, int fieldCount, Func<int, string?> cell, ImportLimits limits)
    {
        if (row > limits.MaxRows)
        {
            throw new ListImportException(path, new ImportError(row, null,
                $"the list has more than {limits.MaxRows:N0} rows, the most a list may have; split it into several files"));
        }
        if (fieldCount > limits.MaxCellsPerRow)
        {
            throw new ListImportException(path, new ImportError(row, null,
                $"the row has {fieldCount:N0} cells, more than the {limits.MaxCellsPerRow:N0} a row may have"));
        }
        cells.Clear();
        for (var i = 0; i < fieldCount; i++)
        {
            var text = cell(i);
            if (text is { Length: var length } && length > limits.MaxCellChars)
            {
                throw new ListImportException(path, new ImportError(row, null,
                    $"cell {i + 1} has {length:N0} characters, more than the {limits.MaxCellChars:N0} a cell may have"));
            }
            cells.Add(text);
        }
    }

    private static bool IsZip(byte[] bytes) =>
        bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
}
