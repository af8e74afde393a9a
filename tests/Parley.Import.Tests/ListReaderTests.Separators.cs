namespace Parley.Import.Tests;

public sealed partial class ListReaderTests
{
    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void The_separator_is_detected(string separator)
    {
        var path = _folder.Write("sep.csv", string.Join(separator, "id", "surname", "given", "birthplace") + "\r\n" +
            string.Join(separator, "1", "Шевченко", "Микола", "\"Київ, Україна\"") + "\r\n");

        var r = Assert.Single(ListReader.Read(path).Records);

        Assert.Equal(("Шевченко", "Микола", "Київ, Україна"), (r.Surname, r.Given, r.Birthplace));
    }

    [Fact]
    public void Quoted_fields_may_hold_quotes_and_line_breaks()
    {
        var path = _folder.Write("quoted.csv", "id;surname;given;father\n1;\"Шевченко\";\"Микола\";\"Іван \"\"Старий\"\"\nШевченко\"\n2;Б;В;\n");

        var records = ListReader.Read(path).Records;

        Assert.Equal("Іван \"Старий\"\nШевченко", records[0].Father);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Fields_are_trimmed()
    {
        var path = _folder.Write("spaces.csv", "id , surname , given\n 1 ,  Шевченко , Микола \n");

        var r = Assert.Single(ListReader.Read(path).Records);

        Assert.Equal(("1", "Шевченко", "Микола"), (r.Id, r.Surname, r.Given));
    }
}
