using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Matching;

/// <summary>
/// A review item — rival candidates sharing a request or an offered person — decided in one command: accepting one pair
/// rejects its rivals in the same batch of events, a reject-all leaves none accepted, and a refusal records nothing.
/// </summary>
public sealed class ReviewItemDecisionTests
{
    private const string Digest = "surname: exact, given: same name, dob: missing";

    /// <summary>
    /// RU offers A-00001..A-00003 and UA asks for R-A-00001..R-A-00002; the engine put R-A-00001 at review against three
    /// namesakes, and R-A-00002 against A-00003 (a chain through A-00003).
    /// </summary>
    private static World WithItem()
    {
        var world = World.WithExchange("1,000 for 1,000");
        world.List(Side.A, 3);
        world.Request(Side.A, 2);
        world.Do(new RecordMatchCandidates(World.X,
        [
            new("R-A-00001", "A-00001", 0.41, CandidateDecision.Review, Digest),
            new("R-A-00001", "A-00002", 0.38, CandidateDecision.Review, Digest),
            new("R-A-00001", "A-00003", 0.2, CandidateDecision.Review, Digest),
            new("R-A-00002", "A-00003", 0.3, CandidateDecision.Review, Digest),
        ], "parley-matching 1.0.0.0"));
        return world;
    }

    private static readonly PairKey[] Item =
        [new("R-A-00001", "A-00001"), new("R-A-00001", "A-00002"), new("R-A-00001", "A-00003"), new("R-A-00002", "A-00003")];

    private static DecideReviewItem Decide(PairKey? accept, params PairKey[] pairs) =>
        new(World.X, [.. pairs.Length == 0 ? Item : pairs], accept, "the ICRC card names A-00002");

    [Fact]
    public void accepting_one_pair_rejects_its_rivals_in_the_same_batch_of_events()
    {
        var world = WithItem();

        var decision = world.Do(Decide(new("R-A-00001", "A-00002")), World.Mediator);

        var decided = decision.Events.Cast<MatchDecided>().Select(e => (e.Left, e.Right, e.Verdict)).ToList();
        Assert.Equal(
            [("R-A-00001", "A-00001", MatchVerdict.Reject), ("R-A-00001", "A-00003", MatchVerdict.Reject), ("R-A-00001", "A-00002", MatchVerdict.Accept)],
            decided);
        var matching = world.State.MatchingOf(World.X);
        Assert.Equal(new PairKey("R-A-00001", "A-00002"), matching.AcceptedPairOf("R-A-00001"));
        Assert.Null(matching.Pair("R-A-00002", "A-00003")!.Current);
    }

    [Fact]
    public void accepting_the_pair_at_the_end_of_a_chain_rejects_every_pair_sharing_either_of_its_records()
    {
        var world = WithItem();

        world.Do(Decide(new("R-A-00001", "A-00003")), World.Mediator);

        var matching = world.State.MatchingOf(World.X);
        Assert.All(Item.Where(k => k != new PairKey("R-A-00001", "A-00003")),
            k => Assert.Equal(MatchVerdict.Reject, matching.Pair(k.Left, k.Right)!.Current!.Verdict));
        Assert.Equal(new PairKey("R-A-00001", "A-00003"), matching.AcceptedPairOf("A-00003"));
    }

    [Fact]
    public void a_reject_all_leaves_no_pair_of_the_item_accepted_and_none_undecided()
    {
        var world = WithItem();

        var decision = world.Do(Decide(null), World.Mediator);

        Assert.Equal(4, decision.Events.Count);
        var matching = world.State.MatchingOf(World.X);
        Assert.All(Item, k => Assert.Equal(MatchVerdict.Reject, matching.Pair(k.Left, k.Right)!.Current!.Verdict));
        Assert.Empty(matching.Accepted);
    }

    [Fact]
    public void an_item_with_a_pair_already_decided_is_refused_whole_and_nothing_is_recorded()
    {
        var world = WithItem();
        world.Do(new DecideMatch(World.X, "R-A-00001", "A-00003", MatchVerdict.Reject, "not him"), World.Mediator);
        var before = world.State;

        var e = world.Rejects<RuleViolationException>(Decide(new("R-A-00001", "A-00001")), World.Mediator);

        Assert.Equal(MatchRules.Decision.Name, e.Rule.Name);
        Assert.Contains("R-A-00001:A-00003 is already rejected", e.Message, StringComparison.Ordinal);
        Assert.Same(before, world.State);
    }

    [Fact]
    public void accepting_a_pair_that_is_not_one_of_the_items_pairs_is_refused()
    {
        var world = WithItem();

        var e = world.Rejects<InvalidFieldException>(Decide(new("R-A-00002", "A-00003"), new PairKey("R-A-00001", "A-00001"), new PairKey("R-A-00001", "A-00002")), World.Mediator);

        Assert.Equal("accept", e.Field);
    }

    [Fact]
    public void the_command_is_read_from_its_json_form_with_accept_or_without()
    {
        var accept = Assert.IsType<DecideReviewItem>(Parley.Core.Wire.CommandReader.Parse(
            """{"command":"decide-review-item","exchange":"x1","pairs":[{"left":"r-1","right":"b-1"},{"left":"r-1","right":"b-2"}],"accept":{"left":"r-1","right":"b-2"},"why":"ICRC card"}"""));
        var rejectAll = Assert.IsType<DecideReviewItem>(Parley.Core.Wire.CommandReader.Parse(
            """{"command":"decide-review-item","exchange":"x1","pairs":[{"left":"r-1","right":"b-1"}],"why":"none of them"}"""));

        Assert.Equal(new PairKey("r-1", "b-2"), accept.Accept);
        Assert.Equal(2, accept.Pairs.Count);
        Assert.Null(rejectAll.Accept);
    }

    [Fact]
    public void a_party_officer_may_not_decide_an_item()
    {
        var world = WithItem();

        world.Rejects<NotPermittedException>(Decide(new("R-A-00001", "A-00002")), World.UA);
    }
}
