using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Families;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Parley.Core.Wire;
using Xunit;

namespace Parley.Core.Tests.Families;

/// <summary>
/// Family receipts in the domain (issue 13): a party issues one for a person on its own request list, revokes it, reissues
/// it; the events keep the request and the code's hashes private; the timelines follow the person from requested to home.
/// </summary>
public sealed class FamilyReceiptTests
{
    private static int _entropy;

    /// <summary>UA asks RU for R-A-00001..3 (direction A→B); RU asks UA for R-B-00001..3; RU offers A-00001..3.</summary>
    private static World WithRequests()
    {
        var world = World.WithExchange("1,000 for 1,000");
        world.List(Side.A, 3);
        world.Request(Side.A, 3);
        world.Request(Side.B, 3);
        return world;
    }

    private static ReceiptCode NewCode()
    {
        var entropy = new byte[ReceiptCode.EntropyBytes];
        BitConverter.GetBytes(Interlocked.Increment(ref _entropy)).CopyTo(entropy, 0);
        return ReceiptCode.FromEntropy(entropy);
    }

    private static IssueReceipt Issue(string request, ReceiptCode code, bool reissue = false) =>
        new(World.X, request, code.Lookup, code.FeedLookup, reissue);

    [Fact]
    public void a_party_issues_a_receipt_for_a_person_on_its_own_request_list_and_the_public_part_names_neither_person_nor_code()
    {
        var world = WithRequests();
        var code = NewCode();

        world.Do(Issue("R-A-00001", code), World.UA);

        var issued = Assert.IsType<ReceiptIssued>(Assert.Single(world.Events));
        Assert.Equal("r-1", issued.Receipt);
        Assert.Equal(new ReceiptSecret("R-A-00001", code.Lookup, code.FeedLookup), issued.Secret);
        var encoded = EventCodec.Encode(issued);
        var publicText = System.Text.Encoding.UTF8.GetString(encoded.Public);
        Assert.DoesNotContain("R-A-00001", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(code.Lookup, publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(code.FeedLookup, publicText, StringComparison.Ordinal);
        Assert.Contains(code.Lookup, System.Text.Encoding.UTF8.GetString(encoded.Private!), StringComparison.Ordinal);
        Assert.Equal("UA", world.State.LiveReceipt(World.X, "R-A-00001")!.Party);
    }

    [Fact]
    public void a_receipt_for_the_other_partys_request_is_refused_as_not_its_own_and_changes_nothing()
    {
        var world = WithRequests();

        var refused = world.Rejects<NotPermittedException>(Issue("R-B-00001", NewCode()), World.UA);

        Assert.Contains("R-B-00001", refused.Message, StringComparison.Ordinal);
        Assert.Contains("rule: authority", refused.Message, StringComparison.Ordinal);
        Assert.Empty(world.State.ReceiptsOf(World.X));
    }

    [Theory]
    [InlineData("A-00001", "on an offer list")]
    [InlineData("nobody", "not on a request list")]
    public void a_receipt_for_someone_not_on_a_request_list_is_refused_with_the_rule(string id, string expected)
    {
        var world = WithRequests();

        var refused = world.Rejects<RuleViolationException>(Issue(id, NewCode()), World.UA);

        Assert.Equal(Decider.ReceiptOwnRequest, refused.Rule);
        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_second_receipt_is_refused_until_the_first_is_revoked_or_the_receipt_is_reissued_which_revokes_the_old()
    {
        var world = WithRequests();
        var first = NewCode();
        world.Do(Issue("R-A-00001", first), World.UA);

        world.Violates(Issue("R-A-00001", NewCode()), Decider.ReceiptOwnRequest);
        var second = NewCode();
        world.Do(Issue("R-A-00001", second, reissue: true), World.UA);

        Assert.Collection(world.Events,
            e => Assert.Equal(new ReceiptRevoked(World.X, "r-1") { Actor = World.UA }, e),
            e => Assert.Equal("r-2", Assert.IsType<ReceiptIssued>(e).Receipt));
        Assert.Equal(second.Lookup, world.State.LiveReceipt(World.X, "R-A-00001")!.Lookup);

        world.Do(new RevokeReceipt(World.X, "R-A-00001"), World.UA);
        Assert.Null(world.State.LiveReceipt(World.X, "R-A-00001"));
        world.Violates(new RevokeReceipt(World.X, "R-A-00001"), Decider.ReceiptOwnRequest);
    }

    [Fact]
    public void a_code_used_before_is_refused_and_hashes_that_are_not_sha256_hex_are_refused_naming_the_field()
    {
        var world = WithRequests();
        var code = NewCode();
        world.Do(Issue("R-A-00001", code), World.UA);

        world.Violates(Issue("R-A-00002", code), DomainRule.UniqueId);
        var bad = world.Rejects<InvalidFieldException>(new IssueReceipt(World.X, "R-A-00002", "ABCD", code.FeedLookup), World.UA);
        Assert.Equal("lookup", bad.Field);
    }

    [Fact]
    public void the_public_fold_of_a_receipt_knows_it_exists_but_not_for_whom()
    {
        var world = WithRequests();
        var before = world.State;
        world.Do(Issue("R-A-00001", NewCode()), World.UA);
        var issued = EventCodec.Encode(world.Events[0]);

        var publicOnly = EventCodec.DecodePublic(issued.Type, issued.Public);
        var state = before.Apply(publicOnly);

        Assert.Null(Assert.IsType<ReceiptIssued>(publicOnly).Secret);
        Assert.False(state.ReceiptsOf(World.X)["r-1"].IsLive);
    }

    [Fact]
    public void the_timeline_follows_a_requested_person_from_requested_to_received_home_and_a_revoked_code_opens_nothing()
    {
        var world = WithRequests();
        var code = NewCode();
        world.Do(Issue("R-A-00001", code), World.UA);
        world.Do(new RecordMatchCandidates(World.X, [new("R-A-00001", "A-00001", 0.97, CandidateDecision.Match, "surname: exact")], "engine 1"));
        world.Do(new DecideMatch(World.X, "R-A-00001", "A-00001", MatchVerdict.Accept, "same person"), World.Mediator);
        world.Do(new ConfirmMatch(World.X, "R-A-00001", "A-00001", ConfirmationVerdict.Confirm), World.UA);
        world.Move(Movement.Verify, ["A-00001"]);
        world.Do(new MovePersons(World.X, Movement.Match, ["A-00002"]));
        world.Move(Movement.Verify, ["A-00002"]);
        world.Plan("s1", 1, 0);
        world.Move(Movement.Schedule, ["A-00001"], "s1");
        world.Move(Movement.Release, ["A-00001"]);
        world.Move(Movement.Receive, ["A-00001"]);

        var timelines = Fold(world);
        var key = timelines.Open(code)!;
        Assert.Equal("R-A-00001", key.Request);
        Assert.Equal(
            [FamilyStatus.Requested, FamilyStatus.Offered, FamilyStatus.Matched, FamilyStatus.Verified, FamilyStatus.Scheduled, FamilyStatus.Released, FamilyStatus.Received],
            timelines.History(key).Select(s => s.Status));
        Assert.Equal("s1", timelines.History(key).Single(s => s.Status == FamilyStatus.Scheduled).Stage);
        Assert.Equal(key, timelines.OpenFeed(code.FeedCapability));

        world.Do(new RevokeReceipt(World.X, "R-A-00001"), World.UA);
        var revoked = Fold(world);
        Assert.Null(revoked.Open(code));
        Assert.Null(revoked.OpenFeed(code.FeedCapability));
        Assert.Null(revoked.Open(NewCode()));
    }

    [Fact]
    public void a_match_the_party_refuses_puts_the_person_back_to_requested_and_a_decline_is_shown()
    {
        var world = WithRequests();
        var code = NewCode();
        world.Do(Issue("R-A-00002", code), World.UA);
        world.Do(new RecordMatchCandidates(World.X, [new("R-A-00002", "A-00002", 0.97, CandidateDecision.Match, "surname: exact")], "engine 1"));
        world.Do(new DecideMatch(World.X, "R-A-00002", "A-00002", MatchVerdict.Accept, "same person"), World.Mediator);
        world.Do(new ConfirmMatch(World.X, "R-A-00002", "A-00002", ConfirmationVerdict.Refuse), World.UA);
        world.Do(new DecideMatch(World.X, "R-A-00002", "A-00002", MatchVerdict.Accept, "same person after all"), World.Mediator);
        world.Do(new ConfirmMatch(World.X, "R-A-00002", "A-00002", ConfirmationVerdict.Confirm), World.UA);
        world.Do(new RecordInterview(World.X, ["A-00002"], InterviewOutcome.Declined), World.Verifier);

        var timelines = Fold(world);

        Assert.Equal(
            [FamilyStatus.Requested, FamilyStatus.Offered, FamilyStatus.Requested, FamilyStatus.Offered, FamilyStatus.Matched, FamilyStatus.Declined],
            timelines.History(timelines.Open(code)!).Select(s => s.Status));
    }

    private static FamilyTimelines Fold(World world)
    {
        var timelines = FamilyTimelines.Empty;
        var sequence = 0L;
        foreach (var e in world.History)
        {
            sequence++;
            timelines = FamilyTimelines.Types.Contains(e.Type) ? timelines.Apply(e, sequence, World.Now) : timelines with { Through = sequence };
        }
        return timelines;
    }
}
