namespace Parley.Cli.Tests;

public partial class ApplyCommandTests
{
    /// <summary>One bad line each, after the setup of <see cref="CommandLines.Setup"/>, and what its report must say.</summary>
    public static TheoryData<string, string, string> BadLines => new()
    {
        { "malformed JSON", """{"command":"match","exchange":"x1",""", "malformed JSON" },
        { "not an object", """["match"]""", "a command must be a JSON object" },
        { "unknown command", """{"command":"frobnicate"}""", "field 'command': 'frobnicate' is not a command" },
        { "missing field", """{"command":"plan-stage","exchange":"x1","stage":"s2","date":"2025-05-24","plannedA":1}""", "field 'plannedB' is missing" },
        { "wrong type", """{"command":"plan-stage","exchange":"x1","stage":"s2","date":"2025-05-24","plannedA":"one","plannedB":1}""", "field 'plannedA': expected a whole number, found the string \"one\"" },
        { "bad date", """{"command":"plan-stage","exchange":"x1","stage":"s2","date":"24/05/2025","plannedA":1,"plannedB":1}""", "field 'date': expected a date" },
        { "unknown field", """{"command":"plan-stage","exchange":"x1","stage":"s2","date":"2025-05-24","planedA":1,"plannedA":1,"plannedB":1}""", "field 'planedA' is not a field of this command" },
        { "unknown exchange", """{"command":"match","exchange":"nope","person":"p-000001"}""", "exchange 'nope' is not open" },
        { "unknown person", """{"command":"match","exchange":"x1","person":"p-000099"}""", "person 'p-000099' is not on a list of exchange 'x1'" },
        { "unknown stage", """{"command":"close-stage","exchange":"x1","stage":"s9"}""", "stage 's9' is not planned in exchange 'x1'" },
        { "unknown party", """{"command":"open-exchange","id":"x2","agreement":"a1","sideA":"RU","sideB":"XX"}""", "party 'XX' is not registered" },
        { "invariant: unique id", """{"command":"plan-stage","exchange":"x1","stage":"s1","date":"2025-05-24","plannedA":1,"plannedB":1}""", "stage 's1' is already planned in exchange 'x1' (rule: unique-id" },
        { "invariant: two sides", """{"command":"open-exchange","id":"x2","agreement":"a1","sideA":"UA","sideB":"UA"}""", "rule: exchange-parties" },
        { "malformed terms formula", """{"command":"record-agreement","id":"a2","round":"r1","title":"T","text":"T","terms":"1000 for"}""", "terms: column 9: expected" },
        { "lone surrogate", """{"command":"register-party","code":"TR","name":"T\ud800rkiye"}""", "field 'name': the text holds an unpaired surrogate" },
        { "vertical tab", """{"command":"register-party","code":"TR","name":"T\u000brkiye"}""", "name: the text holds the control character U+000B" },
        { "bidirectional override", """{"command":"list-persons","exchange":"x1","side":"A","persons":[{"person":"p-1","names":["Pet\u202erenko"]}]}""", "persons[0].names[0].text: the text holds the bidirectional control U+202E" },
        { "bad identifier", """{"command":"list-persons","exchange":"x1","side":"A","persons":[{"person":"Іван Петренко","names":["Іван Петренко"]}]}""", "persons[0].person: an id is 1 to 64 ASCII letters" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task a_rejected_line_is_reported_with_its_number_and_reason_and_the_lines_around_it_apply(string why, string bad, string reason)
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        var setup = CommandLines.Setup();
        var later = """{"command":"plan-stage","exchange":"x1","stage":"later","date":"2025-05-30","plannedA":5,"plannedB":5}""";

        var result = await ParleyCli.Run("apply", folder.Write("mixed.jsonl", [.. setup, bad, later]), "--db", db);

        Assert.True(result.ExitCode == ExitCodes.BadInput, $"{why}: {result}");
        var report = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"line {setup.Count + 1}: ", report, StringComparison.Ordinal);
        Assert.Contains(reason, report, StringComparison.Ordinal);
        Assert.Contains($"applied {setup.Count + 1} of {setup.Count + 2} commands", result.Output, StringComparison.Ordinal);
        using var status = await Status.Of(db);
        Assert.Equal("open", status.Stage("x1", "s1").GetProperty("status").GetString());
        Assert.Equal("open", status.Stage("x1", "later").GetProperty("status").GetString());
        Assert.Single(status.Root.GetProperty("exchanges").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task a_rejected_line_leaves_the_log_and_the_projections_byte_for_byte_as_they_were(string why, string bad, string reason)
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", CommandLines.Setup()), "--db", db)).ExitCode);
        var before = DatabaseSnapshot.Of(db);

        var result = await ParleyCli.Run("apply", folder.Write("bad.jsonl", [bad]), "--db", db);

        Assert.True(result.ExitCode == ExitCodes.BadInput, $"{why}: {result}");
        Assert.StartsWith("line 1: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseSnapshot.Of(db));
    }

    [Fact]
    public async Task a_move_that_breaks_the_lifecycle_for_one_person_of_a_list_moves_nobody()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        List<string> lines =
        [
            .. CommandLines.Setup(),
            CommandLines.List("A", 1, 2, 3),
            CommandLines.Move("match", 1, 2, 3),
            CommandLines.Move("verify", 1),
            // 2 and 3 may be verified, 1 already is: the whole line is refused.
            CommandLines.Move("verify", 2, 3, 1),
            CommandLines.Move("schedule", "s1", 1),
        ];

        var result = await ParleyCli.Run("apply", folder.Write("lifecycle.jsonl", lines), "--db", db);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(
            $"line {lines.Count - 1}: person 'p-000001' is verified; to verify a person must be matched (rule: person-lifecycle:",
            result.Error.Split(" a person moves", 2)[0]);
        using var status = await Status.Of(db);
        Assert.Equal(2, status.InStatus("x1", "a", "matched"));
        Assert.Equal(0, status.InStatus("x1", "a", "verified"));
        Assert.Equal(1, status.InStatus("x1", "a", "scheduled"));
    }

    [Fact]
    public async Task a_rejected_lifecycle_move_on_a_database_with_people_changes_no_byte()
    {
        using var folder = new TempFolder();
        var db = folder.File("parley.db");
        List<string> setup = [.. CommandLines.Setup(), CommandLines.List("A", 1, 2), CommandLines.List("B", 3), CommandLines.Move("match", 1, 2, 3), CommandLines.Move("verify", 1)];
        Assert.Equal(0, (await ParleyCli.Run("apply", folder.Write("setup.jsonl", setup), "--db", db)).ExitCode);
        var before = DatabaseSnapshot.Of(db);

        var result = await ParleyCli.Run("apply", folder.Write("bad.jsonl",
        [
            CommandLines.Move("verify", 2, 1),
            CommandLines.Move("release", "s1", 3),
            CommandLines.Move("receive", 2),
            CommandLines.List("B", 1),
        ]), "--db", db);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        var reports = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, reports.Length);
        Assert.Contains("line 1: person 'p-000001' is verified; to verify a person must be matched (rule: person-lifecycle", reports[0], StringComparison.Ordinal);
        Assert.Contains("line 2: person 'p-000003' is matched; to release a person must be scheduled (rule: person-lifecycle", reports[1], StringComparison.Ordinal);
        Assert.Contains("line 3: person 'p-000002' is matched, so cannot be received (rule: received-after-released", reports[2], StringComparison.Ordinal);
        Assert.Contains("line 4: person 'p-000001' is already on a list of exchange 'x1' (rule: one-entry-per-person", reports[3], StringComparison.Ordinal);
        Assert.Equal(before, DatabaseSnapshot.Of(db));
    }
}
