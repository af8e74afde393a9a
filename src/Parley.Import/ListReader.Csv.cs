using CsvHelper;

namespace Parley.Import;

public static partial class ListReader
{
    private const int ProgressEvery = 8192;

    private static ImportedList ReadCsv(string path, byte[] bytes, IProgress<ImportProgress>? progress, string? encoding, ImportLimits limits)
    {
        (var utf8, var detected) = TextDecoding.ToUtf8(path, bytes, encoding);
        if (utf8.Span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            throw new ListImportException(path, new ImportError(0, null, "the file is empty; a list needs at least a header row"));
        }
        var options = new CsvReaderOptions
        {
            Separator = SniffSeparator(utf8.Span),
            HasHeader = false,
            SkipEmptyLines = false,
            TrimWhitespace = true,
        };
        using var reader = CsvReader.Create(utf8, options);
        RecordAssembler? assembler = null;
        var row = 0;
        var cells = new List<string?>();
        while (reader.Read())
        {
            row++;
            ReadRow(path, row, cells, reader.FieldCount, reader.GetString, limits);
            if (assembler is null)
            {
                assembler = RecordAssembler.ForHeader(path, cells);
                continue;
            }
            assembler.Add(row, cells);
            if (assembler.Full)
            {
                break;
            }
            if (progress is not null && row % ProgressEvery == 0)
            {
                progress.Report(new ImportProgress(assembler.RowsRead, (double)reader.ByteOffset / Math.Max(1, utf8.Length)));
            }
        }
        if (assembler is null)
        {
            throw new ListImportException(path, new ImportError(0, null, "the file is empty; a list needs at least a header row"));
        }
        var records = assembler.Finish();
        progress?.Report(new ImportProgress(records.Count, 1.0));
        return new ImportedList(records, detected, "csv");
    }

    /// <summary>
    /// The separator of the header line: whichever of comma, semicolon and tab it has most of, outside
    /// quotes (a comma when it has none, as for a one-column file).
    /// </summary>
    internal static char SniffSeparator(ReadOnlySpan<byte> utf8)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var b in utf8)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (b is (byte)'\n' or (byte)'\r')
                {
                    if (comma + semicolon + tab > 0)
                    {
                        break;
                    }
                    continue;
                }
                comma += b == ',' ? 1 : 0;
                semicolon += b == ';' ? 1 : 0;
                tab += b == '\t' ? 1 : 0;
            }
        }
        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }
}
