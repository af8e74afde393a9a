using CsvHelper;
using Parley.Matching.Records;

namespace Parley.Import;

/// <summary>
/// Writes lists (and other tables, such as reconciliation results) as CSV: UTF-8 without a byte order
/// mark, comma separated, LF line ends, quoted where RFC 4180 needs it. A list is written with the
/// English header of <see cref="ColumnNames.English"/>, and <see cref="ListReader"/> reads it back exactly. A cell
/// a spreadsheet would run as a formula is kept text (<see cref="SpreadsheetSafety"/>).
/// </summary>
public static class ListWriter
{
    /// <summary>Writes <paramref name="records"/> to <paramref name="path"/> (replacing it), with the English header.</summary>
    public static void WriteCsv(string path, IEnumerable<ListRecord> records, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        WriteTable(path, [.. ColumnNames.English.Select(c => c.Name)], records.Select(Fields), progress);
    }

    /// <summary>Writes a table with a header row: <c>truth.csv</c>, <c>matches.csv</c> and the like.</summary>
    public static void WriteTable(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        // Lists and the tables made from them hold personal data: readable by their owner alone.
        using var stream = PrivateFiles.OpenWrite(path);
        WriteTable(stream, header, rows, progress);
    }

    /// <summary>Writes a table with a header row to a stream, which is left open.</summary>
    public static void WriteTable(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, IProgress<int>? progress = null)
    {
        var options = new CsvWriterOptions { NewLine = "\n" };
        using var writer = CsvWriter.Create(stream, options, leaveOpen: true);
        writer.WriteRecord([.. header]);
        var count = 0;
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                writer.WriteField(SpreadsheetSafety.Escape(field));
            }
            writer.EndRecord();
            if (++count % 65_536 == 0)
            {
                progress?.Report(count);
            }
        }
        writer.Flush();
        progress?.Report(count);
    }

    private static string?[] Fields(ListRecord r) =>
    [
        r.Id, r.Surname, r.Given, r.Patronymic, r.FullName,
        r.DateOfBirth is { } d ? DateText.Format(d) : null,
        r.ServiceNumber, r.Rank, r.Birthplace, r.Father, r.MotherMaiden, r.Category,
    ];
}
