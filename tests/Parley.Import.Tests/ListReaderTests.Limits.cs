using System.IO.Compression;

namespace Parley.Import.Tests;

/// <summary>Issue 11: a list over a size limit is refused with a clear error that names the limit (and the row), and nothing is imported.</summary>
public sealed partial class ListReaderTests
{
    private static readonly ImportLimits Small = new(MaxFileBytes: 4096, MaxRows: 5, MaxCellsPerRow: 6, MaxCellChars: 40, MaxXlsxDecompressedBytes: 64 * 1024);

    [Fact]
    public void A_file_over_the_byte_limit_is_refused_before_it_is_read()
    {
        var path = _folder.Write("big.csv", "id,surname,given\n" + string.Concat(Enumerable.Range(1, 400).Select(i => $"{i},Surname,Given\n")));

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path, limits: Small));

        Assert.Equal($"{path}: the file is {new FileInfo(path).Length:N0} bytes, more than the 4,096 a list may have; split it into several files", e.Message);
    }

    [Fact]
    public void A_list_over_the_row_limit_is_refused_at_the_first_row_too_many()
    {
        var path = _folder.Write("rows.csv", "id,surname,given\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"{i},Surname,Given\n")));

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path, limits: Small));

        Assert.Equal($"{path}: row 6: the list has more than 5 rows, the most a list may have; split it into several files", e.Message);
    }

    [Fact]
    public void A_row_with_too_many_cells_or_a_cell_too_long_is_refused_naming_the_row()
    {
        var wide = _folder.Write("wide.csv", "id,surname,given\n1,A,B\n2,A,B,c,d,e,f,g,h\n");
        var longCell = _folder.Write("long.csv", "id,surname,given\n1,A,B\n2," + new string('x', 41) + ",B\n");

        var tooWide = Assert.Throws<ListImportException>(() => ListReader.Read(wide, limits: Small));
        var tooLong = Assert.Throws<ListImportException>(() => ListReader.Read(longCell, limits: Small));

        Assert.Equal($"{wide}: row 3: the row has 9 cells, more than the 6 a row may have", tooWide.Message);
        Assert.Equal($"{longCell}: row 3: cell 2 has 41 characters, more than the 40 a cell may have", tooLong.Message);
    }

    [Fact]
    public void A_workbook_that_decompresses_past_the_limit_is_refused_before_it_is_unpacked()
    {
        var workbook = MinimalXlsx.Create([["id", "surname", "given"], ["1", "A", "B"]]);
        using (var buffer = new MemoryStream())
        {
            buffer.Write(workbook);
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            using (var padding = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.Optimal).Open())
            {
                padding.Write(new byte[1 << 20]); // 1 MiB of zeros compresses to about a kilobyte
            }
            workbook = buffer.ToArray();
        }
        var path = _folder.WriteBytes("bomb.xlsx", workbook);
        Assert.True(workbook.Length < Small.MaxFileBytes, "the test workbook should be small on disk");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path, limits: Small));

        Assert.StartsWith($"{path}: the workbook decompresses to more than 65,536 bytes (the part xl/media/padding.bin alone is 1,048,576)", e.Message);
    }

    [Fact]
    public void The_default_limits_let_an_ordinary_list_through()
    {
        var path = _folder.Write("ok.csv", "id,surname,given\n" + string.Concat(Enumerable.Range(1, 3000).Select(i => $"{i},Surname,Given\n")));

        Assert.Equal(3000, ListReader.Read(path).Records.Count);
    }

    /// <summary>Found by fuzzing (bench/fuzz.sh, target csv): string.Normalize throws on U+FFFE, and the header was normalised.</summary>
    [Fact]
    public void A_header_cell_with_a_noncharacter_is_an_unknown_column_not_a_crash()
    {
        var path = _folder.Write("nonchar.csv", "id,surname,given,note\uFFFE\n1,Surname,Given,x\n");

        var list = ListReader.Read(path);

        Assert.Equal("Surname", Assert.Single(list.Records).Surname);
    }
}
