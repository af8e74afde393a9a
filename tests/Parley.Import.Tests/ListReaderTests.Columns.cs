using Parley.Matching.Records;

namespace Parley.Import.Tests;

public sealed partial class ListReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_English_header_reads_every_field()
    {
        var path = _folder.Write("en.csv",
            "id,surname,given,patronymic,dob,service_number,rank,birthplace,father,mother_maiden,category\n" +
            "UA-1,Шевченко,Микола,Іванович,23.05.1990,АВ123456,сержант,Київ,Іван Шевченко,Коваленко,військовополонений\n");

        var list = ListReader.Read(path);

        var r = Assert.Single(list.Records);
        Assert.Equal(
            new ListRecord("UA-1", "Шевченко", "Микола", "Іванович", null, new PartialDate(1990, 5, 23), "АВ123456", "сержант", "Київ", "Іван Шевченко", "Коваленко", "військовополонений", 2),
            r);
        Assert.Equal("csv", list.Format);
    }

    [Fact]
    public void A_Ukrainian_header_is_recognised()
    {
        var path = _folder.Write("uk.csv",
            "ід,Прізвище,Ім'я,По батькові,Дата народження,Звання,Місце народження,Категорія\n" +
            "1,Шевченко,Микола,Іванович,1990-05-23,солдат,Харків,цивільний\n");

        var r = Assert.Single(ListReader.Read(path).Records);

        Assert.Equal(("1", "Шевченко", "Микола", "Іванович"), (r.Id, r.Surname, r.Given, r.Patronymic));
        Assert.Equal(new PartialDate(1990, 5, 23), r.DateOfBirth);
        Assert.Equal(("солдат", "Харків", "цивільний"), (r.Rank, r.Birthplace, r.Category));
    }

    [Fact]
    public void A_Russian_header_is_recognised()
    {
        var path = _folder.Write("ru.csv",
            "ИД,Фамилия,Имя,Отчество,Дата рождения,Звание,Место рождения,Отец,Девичья фамилия матери\n" +
            "7,Шевченко,Николай,Иванович,23.05.1990,рядовой,Киев,Иван,Коваленко\n");

        var r = Assert.Single(ListReader.Read(path).Records);

        Assert.Equal(("7", "Шевченко", "Николай", "Иванович"), (r.Id, r.Surname, r.Given, r.Patronymic));
        Assert.Equal(("рядовой", "Киев", "Иван", "Коваленко"), (r.Rank, r.Birthplace, r.Father, r.MotherMaiden));
    }

    [Theory]
    [InlineData("ПІБ")]
    [InlineData("ФИО")]
    [InlineData("name")]
    [InlineData("П.І.Б.")]
    public void One_full_name_column_is_enough(string header)
    {
        var path = _folder.Write("full.csv", $"id,{header}\n1,Шевченко Микола Іванович\n");

        var r = Assert.Single(ListReader.Read(path).Records);

        Assert.Equal("Шевченко Микола Іванович", r.FullName);
        Assert.Null(r.Surname);
    }

    [Theory]
    [InlineData("ІМ’Я")]
    [InlineData("ім`я")]
    [InlineData("ІМʼЯ")]
    [InlineData("імя")]
    [InlineData("  Ім'я  ")]
    public void Header_names_are_compared_without_regard_to_case_apostrophes_or_spaces(string given)
    {
        var path = _folder.Write("case.csv", $"ID,ПРІЗВИЩЕ,{given}\n1,Шевченко,Микола\n");

        Assert.Equal("Микола", Assert.Single(ListReader.Read(path).Records).Given);
    }

    [Fact]
    public void Unknown_columns_are_ignored_and_empty_fields_are_null()
    {
        var path = _folder.Write("extra.csv", "id,surname,given,notes,dob,rank\n1,Шевченко,Микола,anything,,\n");

        var r = Assert.Single(ListReader.Read(path).Records);

        Assert.Null(r.DateOfBirth);
        Assert.Null(r.Rank);
        Assert.Null(r.Patronymic);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_rows_keep_their_line_numbers()
    {
        var path = _folder.Write("blank.csv", "id,surname,given\n1,А,Б\n\n3,В,Г\n");

        Assert.Equal([2, 4], ListReader.Read(path).Records.Select(r => r.SourceRow));
    }

    [Fact]
    public void Progress_is_reported_and_ends_at_the_whole_file()
    {
        var rows = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{i},Шевченко,Микола\n"));
        var path = _folder.Write("long.csv", "id,surname,given\n" + rows);
        var reports = new List<ImportProgress>();

        ListReader.Read(path, new SynchronousProgress(reports.Add));

        Assert.True(reports.Count >= 2);
        Assert.Equal(new ImportProgress(20_000, 1.0), reports[^1]);
        Assert.True(reports[0].Fraction is > 0 and < 1);
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
