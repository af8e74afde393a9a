using System.Text;

namespace Parley.Import.Tests;

public sealed partial class ListReaderTests
{
    private const string CyrillicList = "id;прізвище;ім'я;по батькові;дата народження\n1;Шевченко;Микола;Іванович;23.05.1990\n2;Їжакевич;Ґанна;Євгенівна;1987\n";

    static ListReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void UTF8_without_a_byte_order_mark_is_detected()
    {
        var list = ListReader.Read(_folder.Write("utf8.csv", CyrillicList));

        Assert.Equal("utf-8", list.DetectedEncoding);
        Assert.Equal("Їжакевич", list.Records[1].Surname);
    }

    [Fact]
    public void UTF8_with_a_byte_order_mark_is_detected_and_the_mark_is_not_part_of_the_first_column()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CyrillicList)];

        var list = ListReader.Read(_folder.WriteBytes("bom.csv", bytes));

        Assert.Equal("utf-8-bom", list.DetectedEncoding);
        Assert.Equal(["1", "2"], list.Records.Select(r => r.Id));
    }

    [Fact]
    public void A_Windows_1251_file_is_detected_and_decoded()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(CyrillicList);

        var list = ListReader.Read(_folder.WriteBytes("cp1251.csv", bytes));

        Assert.Equal("windows-1251", list.DetectedEncoding);
        Assert.Equal(("Шевченко", "Микола", "Іванович"), (list.Records[0].Surname, list.Records[0].Given, list.Records[0].Patronymic));
        Assert.Equal(("Їжакевич", "Ґанна", "Євгенівна"), (list.Records[1].Surname, list.Records[1].Given, list.Records[1].Patronymic));
    }

    [Fact]
    public void A_Russian_Windows_1251_file_is_detected()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("ИД,Фамилия,Имя,Отчество\n1,Пономарёв,Семён,Ильич\n");

        var r = Assert.Single(ListReader.Read(_folder.WriteBytes("ru1251.csv", bytes)).Records);

        Assert.Equal(("Пономарёв", "Семён", "Ильич"), (r.Surname, r.Given, r.Patronymic));
    }

    [Fact]
    public void A_named_encoding_overrides_detection()
    {
        var bytes = Encoding.GetEncoding("koi8-u").GetBytes(CyrillicList);

        var list = ListReader.Read(_folder.WriteBytes("koi8.csv", bytes), encoding: "koi8-u");

        Assert.Equal("koi8-u", list.DetectedEncoding);
        Assert.Equal("Шевченко", list.Records[0].Surname);
    }

    [Fact]
    public void An_unknown_encoding_name_is_an_error_naming_it()
    {
        var path = _folder.Write("any.csv", CyrillicList);

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(path, encoding: "klingon-9"));

        Assert.Contains("unknown encoding 'klingon-9'", e.Message);
        Assert.StartsWith(path + ":", e.Message);
    }

    [Fact]
    public void Bytes_that_are_neither_UTF8_nor_Cyrillic_are_an_unknown_encoding()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("id,surname,given\n1,"), 0x81, 0x83, 0x88, 0x8D, 0x90, .. Encoding.ASCII.GetBytes(",x\n")];

        var e = Assert.Throws<ListImportException>(() => ListReader.Read(_folder.WriteBytes("binary.csv", bytes)));

        Assert.Contains("encoding is unknown", e.Message);
    }
}
