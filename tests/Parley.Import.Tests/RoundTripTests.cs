using Parley.Demo.Synthetic;
using Parley.Matching.Records;

namespace Parley.Import.Tests;

public sealed class RoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Synthetic_lists_written_as_CSV_read_back_as_the_same_records()
    {
        var data = SyntheticLists.Generate(3000, seed: 42);
        var left = _folder.File("left.csv");
        var right = _folder.File("right.csv");

        ListWriter.WriteCsv(left, data.Left);
        ListWriter.WriteCsv(right, data.Right);

        Assert.Equal(data.Left, ListReader.Read(left).Records);
        Assert.Equal(data.Right, ListReader.Read(right).Records);
    }

    [Fact]
    public void The_written_header_is_the_English_one_and_the_file_is_UTF8_without_a_byte_order_mark()
    {
        var path = _folder.File("one.csv");

        ListWriter.WriteCsv(path, [new ListRecord("1", "Шевченко", "Микола", null, null, new PartialDate(1990, null, null), null, null, null, null, null, null, 2)]);

        Assert.Equal(
            "id,surname,given,patronymic,name,dob,service_number,rank,birthplace,father,mother_maiden,category\n1,Шевченко,Микола,,,1990,,,,,,\n",
            File.ReadAllText(path));
        Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void A_table_is_written_with_its_header()
    {
        var path = _folder.File("truth.csv");

        ListWriter.WriteTable(path, ["left_id", "right_id", "class"], [["UA-1", "RU-9", "typo"], ["UA-2", "RU-3", "same-script"]]);

        Assert.Equal("left_id,right_id,class\nUA-1,RU-9,typo\nUA-2,RU-3,same-script\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_hundred_thousand_rows_import_whole_and_in_order()
    {
        var data = SyntheticLists.Generate(118_000, seed: 1);
        var path = _folder.File("big.csv");
        ListWriter.WriteCsv(path, data.Left.Take(100_000));
        ListReader.Read(path);

        var list = ListReader.Read(path);

        // How fast is the matching bench's business (bench/Parley.Bench, `matching speed`): a unit test on a shared
        // machine only checks what came out.
        Assert.Equal(100_000, list.Records.Count);
        Assert.Equal(data.Left.Take(100_000).Select(r => r.Id), list.Records.Select(r => r.Id));
    }
}
