namespace Parley.Cli.Tests;

/// <summary><c>parley status</c> on a database whose documents an older Parley wrote (issue 17 opens the log once otherwise).</summary>
public class StatusUpgradeTests
{
    [Fact]
    public async Task status_of_a_database_whose_documents_an_older_parley_wrote_rebuilds_them_and_shows_the_exchange()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        var applied = await ParleyCli.Run("apply", folder.Write("ok.jsonl", [.. CommandLines.Setup("2 for 2"), CommandLines.List("A", 1, 2)]), "--db", db);
        Assert.True(applied.ExitCode == 0, applied.ToString());
        // What a database of an older Parley looks like to this one: no record of its documents' shape.
        RawRecord.Execute(db, "DELETE FROM projections WHERE kind = 'meta' AND key = 'format';");

        using var status = await Status.Of(db);

        Assert.Equal("2 for 2", status.Exchange("x1").GetProperty("terms").GetString());
        Assert.Equal(1L, RawRecord.Scalar(db, "SELECT count(*) FROM projections WHERE kind = 'meta' AND key = 'format';"));
    }
}
