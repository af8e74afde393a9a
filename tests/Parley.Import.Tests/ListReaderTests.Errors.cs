namespace Parley.Import.Tests;

public sealed partial class ListReaderTests
{
    [Fact]
    public void An_impossible_date_is_named_by_file_row_and_column()
    {
        var rows = string.Concat(Enumerable.Range(2, 15).Select(i => $"{i},Шевченко,Микола,01.01.1990\n"));
        var path = _folder.Write("ua.csv", "id,surname,given,dob\n" + rows + "17,Шевченко,Микола,31.02.1990\n");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        var error = Assert.Single(e.Errors);
        Assert.Equal((17, "dob"), (error.Row, error.Column));
        Assert.StartsWith($"{path}: row 17, column \"dob\": expected a date such as 23.05.1990 or 1990-05-23", e.Message);
        Assert.Contains("found '31.02.1990'", e.Message);
    }

    [Fact]
    public void Every_error_is_collected_and_nothing_is_imported()
    {
        var path = _folder.Write("bad.csv", "id;прізвище;ім'я;дата народження\n1;А;Б;1990-13-01\n2;В;Г;23.05.1990\n;Д;Е;\n4;;;\n5;Ж;З;yesterday\n");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Equal(
            [(2, "дата народження"), (4, "id"), (5, "прізвище"), (6, "дата народження")],
            e.Errors.Select(x => (x.Row, x.Column!)));
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Duplicate_ids_name_both_rows()
    {
        var path = _folder.Write("dup.csv", "id,surname,given\nA1,Шевченко,Микола\nB2,Коваль,Іван\nA1,Бойко,Петро\n");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        var error = Assert.Single(e.Errors);
        Assert.Equal((4, "id"), (error.Row, error.Column));
        Assert.Contains("'A1' is also on row 2", error.Message);
    }

    [Fact]
    public void A_missing_id_column_is_an_error_on_the_header()
    {
        var path = _folder.Write("noid.csv", "surname,given\nШевченко,Микола\n");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Equal(1, Assert.Single(e.Errors).Row);
        Assert.Contains("no id column", e.Message);
    }

    [Fact]
    public void A_surname_without_a_given_name_column_is_not_a_name()
    {
        var path = _folder.Write("noname.csv", "id,surname,dob\n1,Шевченко,1990\n");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Contains("no name column (there is a surname column but no given-name column)", e.Message);
    }

    [Fact]
    public void A_column_named_twice_is_an_error()
    {
        var path = _folder.Write("twice.csv", "id,surname,прізвище,given\n1,А,Б,В\n");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Equal((1, "прізвище"), (e.Errors[0].Row, e.Errors[0].Column));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var path = _folder.Write("empty.csv", "");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Equal($"{path}: the file is empty; a list needs at least a header row", e.Message);
    }

    [Fact]
    public void A_file_of_blank_lines_is_empty()
    {
        var e = Assert.Throws<ListImportException>(() => ListReader.Read(_folder.Write("blank.csv", "\n\r\n  \n")));

        Assert.Contains("the file is empty", e.Message);
    }

    [Fact]
    public void A_header_without_rows_is_a_valid_empty_list()
    {
        var list = ListReader.Read(_folder.Write("header.csv", "id,surname,given\n"));

        Assert.Empty(list.Records);
    }

    [Fact]
    public void A_missing_file_is_an_import_error_naming_it()
    {
        var path = _folder.File("nowhere.csv");

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Equal($"{path}: no such file", e.Message);
    }

    [Fact]
    public void Errors_stop_being_listed_after_fifty()
    {
        var rows = string.Concat(Enumerable.Range(1, 80).Select(i => $"{i},А,Б,never\n"));
        var path = _folder.Write("many.csv", "id,surname,given,dob\n" + rows);

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path));

        Assert.Equal(ListImportException.MaxErrors, e.Errors.Count);
        Assert.True(e.Truncated);
        Assert.Contains("only the first 50 are shown", e.Message);
    }
}
