namespace Parley.Import;

/// <summary>
/// How large a list file may be before it is refused (issue 11: hostile input): the file's bytes, its rows, the cells in
/// one row, the characters in one cell, and for a workbook the bytes its parts take once decompressed (a small XLSX can
/// unpack to gigabytes). The defaults are far above any real exchange list (a few thousand people) and far below what
/// would exhaust the machine. Immutable.
/// </summary>
/// <param name="MaxFileBytes">The file's size on disk.</param>
/// <param name="MaxRows">Rows, the header included.</param>
/// <param name="MaxCellsPerRow">Cells (columns) in one row.</param>
/// <param name="MaxCellChars">Characters in one cell.</param>
/// <param name="MaxXlsxDecompressedBytes">The sum of the decompressed sizes of a workbook's parts.</param>
public sealed record ImportLimits(long MaxFileBytes, int MaxRows, int MaxCellsPerRow, int MaxCellChars, long MaxXlsxDecompressedBytes)
{
    /// <summary>64 MiB, 1,000,000 rows, 256 cells a row, 4,096 characters a cell, 512 MiB decompressed.</summary>
    public static readonly ImportLimits Default = new(64L << 20, 1_000_000, 256, 4096, 512L << 20);
}
