namespace Parley.Cli.Tests.Reconcile;

/// <summary>`parley reconcile` end to end on small files: exit codes, the files written, their headers.</summary>
public sealed class ReconcileCommandTests : IDisposable
{
    private const string Header = "id,surname,given,patronymic,dob,service_number,birthplace";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Left() => _folder.Write("left.csv",
    [
        Header,
        "UA-1,Шевченко,Микола,Іванович,12.03.1985,,Харків",
        "UA-2,Коваленко,Олена,Петрівна,1979-11-30,,",
        "UA-3,Шевченко,Микола,Іванович,1985-03-14,,",
        "UA-4,Мельник,Ярослав,Ігорович,1999-09-09,,",
    ]);

    private string Right() => _folder.Write("right.csv",
    [
        "id,фамилия,имя,отчество,дата рождения",
        "RU-1,Шевченко,Николай,Иванович,12.03.1985",
        "RU-2,Kovalenko,Olena,Petrivna,30.11.1979",
        "RU-3,Бондаренко,Сергей,Олегович,01.01.1990",
    ]);

    /// <summary>The console's text on one line (the summary wraps at the console's width).</summary>
    private static string Flat(string output) => string.Join(' ', output.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task reconcile_writes_the_four_files_and_exits_zero()
    {
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", outDir);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        foreach (var file in new[] { "matches.csv", "unmatched-left.csv", "unmatched-right.csv", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        }
        var matches = File.ReadAllLines(Path.Combine(outDir, "matches.csv"));
        Assert.Equal("left_id,right_id,score,decision,item", matches[0]);
        Assert.Contains(matches, l => l.StartsWith("UA-1,RU-1,", StringComparison.Ordinal) && l.EndsWith(",match,", StringComparison.Ordinal));
        Assert.Contains(matches, l => l.StartsWith("UA-2,RU-2,", StringComparison.Ordinal));
        Assert.DoesNotContain(matches, l => l.StartsWith("UA-3,RU-1,", StringComparison.Ordinal));
        var unmatchedLeft = File.ReadAllLines(Path.Combine(outDir, "unmatched-left.csv"));
        Assert.StartsWith("id,surname,given", unmatchedLeft[0], StringComparison.Ordinal);
        Assert.Contains(unmatchedLeft, l => l.StartsWith("UA-4,", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(Path.Combine(outDir, "unmatched-right.csv")), l => l.StartsWith("RU-3,", StringComparison.Ordinal));
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
        Assert.Contains("match", result.Output, StringComparison.Ordinal);
        Assert.Contains("review items", result.Output, StringComparison.Ordinal);
        Assert.Contains("review pairs", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task duplicates_are_written_when_asked()
    {
        var list = _folder.Write("dups.csv",
        [
            Header,
            "A-1,Шевченко,Микола,Іванович,1985-03-12,,",
            "A-2,Shevchenko,Mykola,Ivanovych,1985-03-12,,",
        ]);
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", list, Right(), "--out", outDir, "--duplicates");
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var lines = File.ReadAllLines(Path.Combine(outDir, "duplicates-left.csv"));
        Assert.Equal("id,duplicate_id,score,decision", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("A-1,A-2,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_bad_date_fails_with_file_row_and_column_and_writes_nothing()
    {
        var bad = _folder.Write("bad.csv", [Header, "UA-1,Шевченко,Микола,Іванович,31.31.1985,,"]);
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", bad, Right(), "--out", outDir);
        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("bad.csv", result.Error, StringComparison.Ordinal);
        Assert.Contains("2", result.Error, StringComparison.Ordinal);
        Assert.Contains("dob", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task a_missing_file_fails_cleanly()
    {
        var result = await ParleyCli.Run("reconcile", _folder.File("nope.csv"), Right(), "--out", _folder.File("out"));
        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("nope.csv", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task thresholds_out_of_order_are_bad_input()
    {
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", _folder.File("out"), "--match", "0.5", "--review", "0.9");
        ParleyCli.AssertCleanFailure(result);
    }

    [Fact]
    public async Task the_output_folder_is_required()
    {
        var result = await ParleyCli.Run("reconcile", Left(), Right());
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
    }

    [Fact]
    public async Task a_truth_file_puts_the_calibration_chart_and_table_into_the_report()
    {
        var truth = _folder.Write("truth.csv", ["left_id,right_id,classes", "UA-1,RU-1,ru-form", "UA-2,RU-2,latin:ua-2010"]);
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", outDir, "--truth", truth);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("<section id=\"calibration\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Predicted match probability against the share of pairs that are true\"", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"reliability\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_truth_file_without_the_id_columns_fails_cleanly_and_writes_nothing()
    {
        var truth = _folder.Write("truth.csv", ["left,right", "UA-1,RU-1"]);
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", outDir, "--truth", truth);
        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("truth.csv: row 1: the truth file's header needs a left_id and a right_id column", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task a_truth_file_scores_the_run_in_the_summary()
    {
        var truth = _folder.Write("truth.csv", ["left_id,right_id", "UA-1,RU-1", "UA-2,RU-2"]);
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", _folder.File("out"), "--truth", truth);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var output = Flat(result.Output);
        Assert.Contains("against truth.csv (2 true pairs): match precision 1.0000, recall", output, StringComparison.Ordinal);
        Assert.Contains("recall counting review as found 1.0000; expected calibration error", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_truth_file_for_other_lists_says_how_many_pairs_name_ids_neither_list_has()
    {
        var truth = _folder.Write("truth.csv", ["left_id,right_id", "UA-1,RU-1", "X-7,RU-2", "UA-2,Y-9"]);
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", _folder.File("out"), "--truth", truth);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("(3 true pairs, 2 of them naming an id neither list has)", Flat(result.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_missing_truth_file_fails_cleanly_and_writes_nothing()
    {
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", outDir, "--truth", _folder.File("no-truth.csv"));
        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("no-truth.csv", result.Error, StringComparison.Ordinal);
        Assert.Contains("the truth file cannot be read", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task an_empty_truth_file_fails_cleanly_and_writes_nothing()
    {
        var truth = _folder.Write("truth.csv", []);
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", outDir, "--truth", truth);
        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("the truth file is empty; it needs a header naming left_id and right_id", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task a_short_truth_row_fails_naming_its_row_and_writes_nothing()
    {
        var truth = _folder.Write("truth.csv", ["class,left_id,right_id", "clean,UA-1,RU-1", "clean,UA-2"]);
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", outDir, "--truth", truth);
        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("truth.csv: row 3: expected 3 cells, found 2", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task without_a_truth_file_the_report_has_no_calibration_and_the_summary_no_score()
    {
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", Left(), Right(), "--out", outDir);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.DoesNotContain("<section id=\"calibration\">", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("true pairs", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task names_the_engine_cannot_read_are_noted_in_the_summary_and_the_report()
    {
        var georgian = _folder.Write("georgian.csv", ["id,surname,given,dob", "GE-1,შევჩენკო,ნიკოლაი,1985-03-12", "GE-2,კოვალენკო,ელენა,1979-11-30"]);
        var outDir = _folder.File("out");
        var result = await ParleyCli.Run("reconcile", Left(), georgian, "--out", outDir);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("note: every name of the right list (2 records) is in letters the engine cannot read (Georgian 2)", result.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<section id=\"input\">", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_truth_file_goes_with_two_lists_not_with_an_exchange()
    {
        var result = await ParleyCli.Run("reconcile", "--exchange", "x1", "--truth", _folder.File("truth.csv"));
        ParleyCli.AssertCleanFailure(result);
        Assert.Contains("parley: --truth goes with LEFT and RIGHT", result.Error, StringComparison.Ordinal);
    }
}
