using System.Reflection;
using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Matching;

/// <summary>
/// Matching inside an exchange: candidates recorded by the engine, human decisions on them, reversals as new
/// decisions, and the people each accepted pair moves (docs/reconciliation.md, "Inside an exchange").
/// </summary>
public sealed class MatchDecisionTests
{
    private const string Digest = "surname: phonetic, given: same name, dob: exact";

    private static World WithRosters()
    {
        var world = World.WithExchange("1,000 for 1,000");
        world.List(Side.A, 3); // A-00001..A-00003
        world.List(Side.B, 3); // B-00001..B-00003
        return world;
    }

    private static MatchCandidate Candidate(string left, string right, double score = 0.97, CandidateDecision decision = CandidateDecision.Match) =>
        new(left, right, score, decision, Digest);

    private static RecordMatchCandidates Run(params MatchCandidate[] candidates) =>
        new(World.X, [.. candidates], "parley-matching 1.0.0.0");

    private static DecideMatch Decide(string left, string right, MatchVerdict verdict, string why = "same person, confirmed by the ICRC") =>
        new(World.X, left, right, verdict, "mediator TR", why);

    [Fact]
    public void candidates_are_recorded_with_public_ids_scores_decisions_and_levels()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001", 0.987654), Candidate("A-00002", "B-00002", 0.3, CandidateDecision.Review)));

        var recorded = Assert.IsType<MatchCandidatesRecorded>(Assert.Single(world.Events));
        Assert.Equal(2, recorded.Candidates.Count);
        Assert.Equal(0.9877, recorded.Candidates[0].Score);
        var matching = world.State.MatchingOf(World.X);
        Assert.Equal(world.State.Version, matching.LastRun);
        Assert.Equal(CandidateDecision.Review, matching.Pair("A-00002", "B-00002")!.Candidate.Decision);
        Assert.Null(matching.Pair("A-00002", "B-00002")!.Current);
    }

    [Fact]
    public void a_run_with_no_candidates_is_still_recorded_so_nobody_counts_as_changed()
    {
        var world = WithRosters();
        Assert.True(world.State.MatchingOf(World.X).ChangedSinceLastRun("A-00001"));
        world.Do(Run());
        Assert.False(world.State.MatchingOf(World.X).ChangedSinceLastRun("A-00001"));
    }

    [Fact]
    public void an_amendment_after_a_run_marks_only_that_person_as_changed()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Do(new AmendPerson(World.X, "B-00002", World.Entry("B-00002").Details with { DateOfBirth = new LocalDate(1991, 2, 3) }));
        world.List(Side.A, 1); // A-00004, listed after the run

        var matching = world.State.MatchingOf(World.X);
        Assert.True(matching.ChangedSinceLastRun("B-00002"));
        Assert.True(matching.ChangedSinceLastRun("A-00004"));
        Assert.False(matching.ChangedSinceLastRun("A-00001"));
        Assert.False(matching.ChangedSinceLastRun("B-00001"));
    }

    [Fact]
    public void accepting_a_candidate_moves_both_people_from_listed_to_matched_in_the_same_command()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001", 0.3, CandidateDecision.Review)));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept));

        Assert.Collection(world.Events,
            e => Assert.Equal(MatchVerdict.Accept, Assert.IsType<MatchDecided>(e).Verdict),
            e => Assert.Equal(("A-00001", PersonStatus.Matched), (((PersonMoved)e).Person, ((PersonMoved)e).To)),
            e => Assert.Equal(("B-00001", PersonStatus.Matched), (((PersonMoved)e).Person, ((PersonMoved)e).To)));
        Assert.Equal(PersonStatus.Matched, world.Person("A-00001").Status);
        Assert.Equal(new PairKey("A-00001", "B-00001"), world.State.MatchingOf(World.X).AcceptedPairOf("B-00001"));
    }

    [Fact]
    public void rejecting_a_candidate_moves_nobody()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001", 0.3, CandidateDecision.Review)));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Reject, "different fathers"));

        Assert.IsType<MatchDecided>(Assert.Single(world.Events));
        Assert.Equal(PersonStatus.Listed, world.Person("A-00001").Status);
        Assert.Equal(MatchVerdict.Reject, world.State.MatchingOf(World.X).Pair("A-00001", "B-00001")!.Current!.Verdict);
    }

    [Fact]
    public void a_reversal_is_a_new_decision_and_the_history_keeps_every_one()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Reject, "the ICRC says another man"));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept, "the family confirmed him"));

        var pair = world.State.MatchingOf(World.X).Pair("A-00001", "B-00001")!;
        Assert.Equal([MatchVerdict.Accept, MatchVerdict.Reject, MatchVerdict.Accept], pair.Rulings.Select(r => r.Verdict));
        Assert.True(pair.IsAccepted);
        // The second accept moves nobody: both were left matched by the reversal.
        Assert.IsType<MatchDecided>(Assert.Single(world.Events));
    }

    [Fact]
    public void rejecting_an_accepted_match_leaves_both_matched_but_flagged_as_without_an_accepted_match()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Reject, "not him"));

        var matching = world.State.MatchingOf(World.X);
        Assert.Equal(PersonStatus.Matched, world.Person("A-00001").Status);
        Assert.Equal(PersonStatus.Matched, world.Person("B-00001").Status);
        Assert.Contains("A-00001", matching.WithoutAcceptedMatch);
        Assert.Contains("B-00001", matching.WithoutAcceptedMatch);
        Assert.Null(matching.AcceptedPairOf("A-00001"));
    }

    [Fact]
    public void the_same_decision_twice_is_refused_so_no_decision_is_silently_repeated_or_overwritten()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept));
        world.Violates(Decide("A-00001", "B-00001", MatchVerdict.Accept, "again"), MatchRules.Decision);
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Reject));
        world.Violates(Decide("A-00001", "B-00001", MatchVerdict.Reject, "again"), MatchRules.Decision);
    }

    [Fact]
    public void a_new_run_keeps_the_decisions_already_made_on_a_pair()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Reject));
        world.Do(Run(Candidate("A-00001", "B-00001", 0.99)));

        var pair = world.State.MatchingOf(World.X).Pair("A-00001", "B-00001")!;
        Assert.Equal(0.99, pair.Candidate.Score);
        Assert.Equal(MatchVerdict.Reject, Assert.Single(pair.Rulings).Verdict);
    }

    [Fact]
    public void a_person_has_at_most_one_accepted_match()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001"), Candidate("A-00001", "B-00002", 0.4, CandidateDecision.Review)));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept));
        var e = world.Violates(Decide("A-00001", "B-00002", MatchVerdict.Accept), MatchRules.Decision);
        Assert.Contains("A-00001:B-00001", e.Message);
    }

    [Fact]
    public void an_accepted_match_cannot_be_rejected_once_a_person_is_verified()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept));
        world.Move(Movement.Verify, ["A-00001"]);
        var e = world.Violates(Decide("A-00001", "B-00001", MatchVerdict.Reject), MatchRules.Decision);
        Assert.Contains("verified", e.Message);
    }

    [Fact]
    public void a_decision_on_a_pair_that_is_not_a_recorded_candidate_is_refused()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Violates(Decide("A-00001", "B-00002", MatchVerdict.Accept), MatchRules.Decision);
    }

    [Fact]
    public void a_decision_or_candidate_naming_an_unknown_person_or_exchange_is_refused()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Violates(Decide("ghost", "B-00001", MatchVerdict.Accept), DomainRule.KnownReference);
        world.Violates(Decide("A-00001", "B-00001", MatchVerdict.Accept) with { Exchange = "nope" }, DomainRule.KnownReference);
        world.Violates(Run(Candidate("A-00001", "ghost")), DomainRule.KnownReference);
    }

    [Fact]
    public void a_candidate_must_pair_side_a_on_the_left_with_side_b_on_the_right()
    {
        var world = WithRosters();
        world.Violates(Run(Candidate("B-00001", "A-00001")), MatchRules.Candidates);
        world.Violates(Run(Candidate("A-00001", "A-00002")), MatchRules.Candidates);
    }

    [Fact]
    public void a_score_outside_zero_to_one_and_a_pair_named_twice_are_refused()
    {
        var world = WithRosters();
        world.Rejects<InvalidFieldException>(Run(Candidate("A-00001", "B-00001", 1.5)));
        world.Rejects<InvalidFieldException>(Run(Candidate("A-00001", "B-00001", double.NaN)));
        world.Rejects<InvalidFieldException>(Run(Candidate("A-00001", "B-00001"), Candidate("A-00001", "B-00001")));
    }

    [Theory]
    [InlineData("surname: Шевченко")]
    [InlineData("dob: 1990-04-12")]
    [InlineData("Surname: exact")]
    public void an_evidence_digest_that_could_hold_a_name_or_a_date_is_refused_without_echoing_it(string evidence)
    {
        var world = WithRosters();
        var e = world.Violates(Run(new MatchCandidate("A-00001", "B-00001", 0.9, CandidateDecision.Match, evidence)), MatchRules.Candidates);
        Assert.DoesNotContain(evidence, e.Message);
    }

    [Fact]
    public void a_decision_needs_who_and_why()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Rejects<InvalidFieldException>(Decide("A-00001", "B-00001", MatchVerdict.Accept) with { By = " " });
        world.Rejects<InvalidFieldException>(Decide("A-00001", "B-00001", MatchVerdict.Accept, why: ""));
    }

    [Fact]
    public void the_reason_for_a_decision_is_the_only_personal_data_and_sits_in_the_private_part()
    {
        var world = WithRosters();
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept, "his sister Olena confirmed by phone"));
        var decided = world.Events.OfType<MatchDecided>().Single();
        Assert.Equal("his sister Olena confirmed by phone", decided.Why!.Text);

        foreach (var type in new[] { typeof(MatchDecided), typeof(MatchCandidatesRecorded), typeof(MatchCandidate) })
        {
            var personal = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => typeof(IPersonalData).IsAssignableFrom(p.PropertyType)).Select(p => p.Name);
            Assert.Equal(type == typeof(MatchDecided) ? ["Why"] : [], personal);
        }
    }

    [Fact]
    public void a_person_manually_matched_can_still_be_given_an_accepted_match_without_moving_again()
    {
        var world = WithRosters();
        world.Move(Movement.Match, ["A-00001"]);
        world.Do(Run(Candidate("A-00001", "B-00001")));
        world.Do(Decide("A-00001", "B-00001", MatchVerdict.Accept));
        var moved = Assert.Single(world.Events.OfType<PersonMoved>());
        Assert.Equal("B-00001", moved.Person);
    }
}
