using System.Text;
using CsvHelper;

namespace Parley.Evaluation.Tests;

public sealed class CsvRoundTripTests
{
    [Fact]
    public void Files_read_back_by_CsvHelper_give_the_same_records_and_truth()
    {
        using var folder = new TemporaryFolder();
        var dataset = Datasets.Small(EvaluationProfile.Triplicates);

        dataset.Write(folder.Path);

        Assert.Equal(dataset.Left, ReadRecords(folder.File("left.csv")));
        Assert.Equal(dataset.Right, ReadRecords(folder.File("right.csv")));
        Assert.Equal(
            dataset.Truth.Select(pair => (pair.LeftId, pair.RightId, pair.ClassText)),
            ReadRows(folder.File("truth.csv"), "left_id", "right_id", "classes").Select(row => (row[0], row[1], row[2])));
        Assert.Equal(
            dataset.Duplicates.Select(entry => (entry.List, entry.Id, entry.Group)),
            ReadRows(folder.File("duplicates.csv"), "list", "id", "group").Select(row => (row[0], row[1], row[2])));
    }

    [Fact]
    public void Lists_are_utf8_without_byte_order_mark_with_the_documented_header()
    {
        using var folder = new TemporaryFolder();
        Datasets.Small().Write(folder.Path);

        var bytes = File.ReadAllBytes(folder.File("left.csv"));
        var firstLine = File.ReadLines(folder.File("right.csv"), Encoding.UTF8).First();

        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..]);
        Assert.Equal("id,surname,given,patronymic,name,dob,service_number,rank,birthplace,father,mother_maiden,category", firstLine);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    private static List<EvaluationRecord> ReadRecords(string path) =>
    [
        .. ReadRows(path, [.. EvaluationRecord.Header]).Select(row => new EvaluationRecord
        {
            Id = row[0], Surname = row[1], Given = row[2], Patronymic = row[3], Name = row[4], Dob = row[5],
            ServiceNumber = row[6], Rank = row[7], Birthplace = row[8], Father = row[9], MotherMaiden = row[10], Category = row[11],
        }),
    ];

    private static List<string[]> ReadRows(string path, params string[] columns)
    {
        var options = new CsvReaderOptions { Separator = ',', HasHeader = false };
        using var csv = CsvReader.Create(File.ReadAllBytes(path), options);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "")]);
        }

        Assert.Equal(columns, rows[0]);
        return rows[1..];
    }
}
