using Parley.Matching.Records;

namespace Parley.Import.Tests;

public sealed partial class ListReaderTests
{
    [Fact]
    public void The_first_sheet_of_an_XLSX_workbook_is_read()
    {
        var workbook = MinimalXlsx.Create(
            [
                ["ID", "Прізвище", "Ім'я", "По батькові", "Дата народження", "Особовий номер"],
                [17.0, "Шевченко", "Микола", "Іванович", "23.05.1990", "АВ123456"],
                ["UA-2", "Коваль", "Олена", null, 1987.0, null],
            ],
            [
                ["id", "surname", "given"],
                ["other-sheet", "Ignored", "Entirely"],
            ]);

        var list = ListReader.Read(_folder.WriteBytes("list.xlsx", workbook));

        Assert.Equal("xlsx", list.Format);
        Assert.Equal(
            [
                new ListRecord("17", "Шевченко", "Микола", "Іванович", null, new PartialDate(1990, 5, 23), "АВ123456", null, null, null, null, null, 2),
                new ListRecord("UA-2", "Коваль", "Олена", null, null, new PartialDate(1987, null, null), null, null, null, null, null, null, 3),
            ],
            list.Records);
    }

    [Fact]
    public void An_XLSX_error_names_the_row_and_column()
    {
        var workbook = MinimalXlsx.Create([["id", "ПІБ", "dob"], ["1", "Шевченко Микола", "1990-02-30"]]);
        var path = _folder.WriteBytes("bad.xlsx", workbook);

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Equal((2, "dob"), (e.Errors[0].Row, e.Errors[0].Column));
    }

    [Fact]
    public void An_XLSX_workbook_whose_first_sheet_is_empty_is_an_error()
    {
        var workbook = MinimalXlsx.Create([], [["id", "surname", "given"]]);
        var path = _folder.WriteBytes("empty.xlsx", workbook);

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Equal($"{path}: the first sheet of the workbook is empty; it needs at least a header row", e.Message);
    }

    [Fact]
    public void A_file_named_xlsx_that_is_not_a_workbook_is_an_error()
    {
        var path = _folder.Write("fake.xlsx", "id,surname,given\n1,A,B\n");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Contains("not a readable XLSX workbook", e.Message);
    }

    [Fact]
    public void A_date_cell_of_an_XLSX_workbook_is_read_as_its_date()
    {
        var workbook = MinimalXlsx.Create([["id", "surname", "given", "dob"], ["1", "Шевченко", "Микола", new DateTime(1990, 5, 23)]]);

        var r = Assert.Single(ListReader.Read(_folder.WriteBytes("dates.xlsx", workbook)).Records);

        Assert.Equal(new PartialDate(1990, 5, 23), r.DateOfBirth);
    }

    [Fact]
    public void An_XLSX_workbook_is_recognised_by_its_content_whatever_its_name()
    {
        var workbook = MinimalXlsx.Create([["id", "ФИО"], ["1", "Шевченко Николай"]]);

        var list = ListReader.Read(_folder.WriteBytes("list.dat", workbook));

        Assert.Equal("xlsx", list.Format);
        Assert.Equal("Шевченко Николай", Assert.Single(list.Records).FullName);
    }
}
