using System.Globalization;
using ExcelDataReader;

namespace Parley.Import;

public static partial class ListReader
{
    /// <summary>Reads the first sheet of a workbook (Office Open XML); the first non-empty row is the header.</summary>
    private static ImportedList ReadXlsx(string path, byte[] bytes, IProgress<ImportProgress>? progress, ImportLimits limits)
    {
        // ExcelDataReader asks for code page 1252 even for Office Open XML; .NET has it only with the code-pages provider,
        // which TextDecoding registers (a workbook read before any CSV would otherwise fail).
        TextDecoding.EnsureCodePages();
        CheckDecompressedSize(path, bytes, limits);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ListImportException(path, new ImportError(0, null, $"the file is not a readable XLSX workbook ({e.Message})"), e);
        }
        using (reader)
        {
            RecordAssembler? assembler = null;
            var total = Math.Max(1, reader.RowCount);
            var row = 0;
            var cells = new List<string?>();
            try
            {
                while (reader.Read())
                {
                    row++;
                    ReadRow(path, row, cells, reader.FieldCount, i => CellText(reader.GetValue(i)), limits);
                    if (assembler is null)
                    {
                        if (cells.All(string.IsNullOrWhiteSpace))
                        {
                            continue;
                        }
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
                        progress.Report(new ImportProgress(assembler.RowsRead, (double)row / total));
                    }
                }
            }
            catch (Exception e) when (e is not ListImportException and not OutOfMemoryException)
            {
                throw new ListImportException(path, new ImportError(row, null, $"the workbook cannot be read here ({e.Message})"), e);
            }
            if (assembler is null)
            {
                throw new ListImportException(path, new ImportError(0, null, "the first sheet of the workbook is empty; it needs at least a header row"));
            }
            var records = assembler.Finish();
            progress?.Report(new ImportProgress(records.Count, 1.0));
            return new ImportedList(records, "xlsx", "xlsx");
        }
    }

    /// <summary>
    /// A zip bomb check before anything is decompressed: the sizes the archive declares for its parts, summed, must stay
    /// under the limit. (A part that lies about its size is caught by the reader's own checks when it is inflated.)
    /// </summary>
    private static void CheckDecompressedSize(string path, byte[] bytes, ImportLimits limits)
    {
        long total = 0;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxXlsxDecompressedBytes)
                {
                    throw new ListImportException(path, new ImportError(0, null,
                        $"the workbook decompresses to more than {limits.MaxXlsxDecompressedBytes:N0} bytes (the part {entry.FullName} alone is {entry.Length:N0}), more than a list may have; save it again without the extra sheets or content, or as CSV"));
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new ListImportException(path, new ImportError(0, null, $"the file is not a readable XLSX workbook ({e.Message})"), e);
        }
    }

    /// <summary>A cell as text: dates as yyyy-mm-dd, whole numbers without a decimal point, other numbers invariantly.</summary>
    private static string? CellText(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double x when x == Math.Floor(x) && Math.Abs(x) < 1e15 => ((long)x).ToString(CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
