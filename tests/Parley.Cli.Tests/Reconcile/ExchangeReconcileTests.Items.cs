using System.Text.Json;

namespace Parley.Cli.Tests.Reconcile;

/// <summary>
/// Issue 10: a review item decided whole from the command line. a-5 is asked back with a service number; RU offers two
/// namesakes born the same day, b-5 and b-6, each with another number: two rival candidates for one person.
/// </summary>
public sealed partial class ExchangeReconcileTests
{
    private async Task BuildRivals()
    {
        await BuildExchange();
        static string WithNumber(string person, string number) =>
            person.Replace("\"categories\"", $"\"identifiers\":{{\"service_number\":\"{number}\"}},\"categories\"", StringComparison.Ordinal);
        await Apply("rivals.jsonl",
            $$"""{"command":"submit-list","exchange":"x1","party":"UA","list":"request","persons":[{{WithNumber(Person("a-5", "Мельник", "Ярослав", "Ігорович", "1999-09-09"), "АВ123456")}}]}""",
            $$"""{"command":"list-persons","exchange":"x1","side":"A","persons":[{{WithNumber(Person("b-5", "Мельник", "Ярослав", "Игоревич", "1999-09-08"), "КМ987654")}},{{WithNumber(Person("b-6", "Мельник", "Ярослав", "Игоревич", "1999-09-08"), "ТП555111")}}]}""");
        var run = await Reconcile();
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var candidates = CandidatesOf(MatchEvents().Single(e => e.Type == "match.candidates-recorded").Public);
        Assert.Contains(candidates, c => c is ("a-5", "b-5", _));
        Assert.Contains(candidates, c => c is ("a-5", "b-6", _));
    }

    /// <summary>The verdict of every decided pair, in the order decided.</summary>
    private List<(string Left, string Right, string Verdict)> Decisions() =>
        [.. MatchEvents().Where(e => e.Type == "match.decided").Select(e =>
        {
            using var json = JsonDocument.Parse(e.Public);
            var root = json.RootElement;
            return (root.GetProperty("left").GetString()!, root.GetProperty("right").GetString()!, root.GetProperty("verdict").GetString()!);
        })];

    [Fact]
    public async Task accepting_one_candidate_of_a_review_item_rejects_its_rival_in_the_same_command()
    {
        await BuildRivals();

        var result = await Reconcile("--accept-item", "a-5:b-6", "--why", "the service card of b-6 was issued to him");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("accepted a-5:b-6 and rejected its", result.Output);
        var decisions = Decisions();
        Assert.Contains(("a-5", "b-6", "accept"), decisions);
        Assert.Contains(("a-5", "b-5", "reject"), decisions);
        Assert.DoesNotContain(decisions, d => d is ("a-5", "b-6", "reject") || d is ("a-5", "b-5", "accept"));
    }

    [Fact]
    public async Task rejecting_a_review_item_rejects_every_pair_of_it_and_accepts_none()
    {
        await BuildRivals();

        var result = await Reconcile("--reject-item", "a-5:b-5", "--why", "neither is him: another unit");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("rejected all", result.Output);
        var decisions = Decisions();
        Assert.Contains(("a-5", "b-5", "reject"), decisions);
        Assert.Contains(("a-5", "b-6", "reject"), decisions);
        Assert.DoesNotContain(decisions, d => d.Verdict == "accept");
    }

    [Fact]
    public async Task an_item_decision_on_a_pair_no_longer_awaiting_or_beside_another_decision_is_refused_cleanly()
    {
        await BuildRivals();
        Assert.True((await Reconcile("--reject", "a-5:b-5", "--why", "another unit")).ExitCode == ExitCodes.Ok);
        var before = Decisions();

        var decided = await Reconcile("--accept-item", "a-5:b-5", "--why", "after all");
        ParleyCli.AssertCleanFailure(decided);
        Assert.Contains("no such candidate pair", decided.Error);
        var two = await Reconcile("--accept-item", "a-5:b-6", "--reject", "a-5:b-5", "--why", "both");
        ParleyCli.AssertCleanFailure(two);
        Assert.Contains("one decision at a time", two.Error);
        ParleyCli.AssertCleanFailure(await Reconcile("--reject-item", "a-5:b-6"));

        Assert.Equal(before, Decisions());
    }

    [Fact]
    public async Task through_a_running_server_an_item_is_decided_from_the_servers_candidates_as_the_tokens_mediator()
    {
        await BuildRivals();
        var (app, address) = await ServeAsync();
        await using (app)
        {
            var result = await ReconcileOn(address, "mediator.token", "--accept-item", "a-5:b-5", "--why", "his unit confirmed it");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Contains("accepted a-5:b-5 and rejected its", result.Output);
        }
        var decisions = Decisions();
        Assert.Contains(("a-5", "b-5", "accept"), decisions);
        Assert.Contains(("a-5", "b-6", "reject"), decisions);
        Assert.All(MatchEvents().Where(e => e.Type == "match.decided"), e => Assert.Contains("\"actor\":{\"role\":\"mediator\"", e.Public));
    }
}
