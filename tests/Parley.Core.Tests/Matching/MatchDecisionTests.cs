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
/// Matching inside an exchange, within a direction: the receiving party's requests against the holding party's offered
/// people; candidates recorded by the engine, the mediator's decisions, the receiving party's confirmation, reversals as
/// new decisions (docs/reconciliation.md, "Inside an exchange").
/// </summary>
public sealed class MatchDecisionTests
{
    private const string Digest = "surname: phonetic, given: same name, dob: exact";

    /// <summary>
    /// RU (side A) offers A-00001..A-00003 and UA (side B) offers B-00001..B-00003; UA asks RU for R-A-00001..R-A-00003
    /// and RU asks UA for R-B-00001..R-B-00003.
    /// </summary>
    private static World WithLists()
    {
        var world = World.WithExchange("1,000 for 1,000");
        world.List(Side.A, 3);
        world.List(Side.B, 3);
        world.Request(Side.A, 3);
        world.Request(Side.B, 3);
        return world;
    }

    private static MatchCandidate Candidate(string left, string right, double score = 0.97, CandidateDecision decision = CandidateDecision.Match) =>
        new(left, right, score, decision, Digest);

    private static RecordMatchCandidates Run(params MatchCandidate[] candidates) =>
        new(World.X, [.. candidates], "parley-matching 1.0.0.0");

    private static DecideMatch Decide(string left, string right, MatchVerdict verdict, string why = "same person, confirmed by the ICRC") =>
        new(World.X, left, right, verdict, why);

    private static ConfirmMatch Confirm(string left, string right, ConfirmationVerdict verdict = ConfirmationVerdict.Confirm) =>
        new(World.X, left, right, verdict);

    /// <summary>A candidate accepted by the mediator and confirmed by UA: R-A-00001 is A-00001.</summary>
    private static World WithConfirmedMatch()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001")));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept), World.Mediator);
        world.Do(Confirm("R-A-00001", "A-00001"), World.UA);
        return world;
    }

    [Fact]
    public void candidates_pair_requests_with_people_offered_in_the_same_direction_with_public_ids_scores_and_levels()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001", 0.987654), Candidate("R-B-00002", "B-00002", 0.3, CandidateDecision.Review)));

        var recorded = Assert.IsType<MatchCandidatesRecorded>(Assert.Single(world.Events));
        Assert.Equal(2, recorded.Candidates.Count);
        Assert.Equal(0.9877, recorded.Candidates[0].Score);
        var matching = world.State.MatchingOf(World.X);
        Assert.Equal(world.State.Version, matching.LastRun);
        Assert.Equal(CandidateDecision.Review, matching.Pair("R-B-00002", "B-00002")!.Candidate.Decision);
        Assert.Null(matching.Pair("R-B-00002", "B-00002")!.Current);
    }

    [Fact]
    public void a_candidate_across_directions_or_between_two_offered_people_or_two_requests_is_refused()
    {
        var world = WithLists();
        world.Violates(Run(Candidate("R-A-00001", "B-00001")), MatchRules.Candidates);
        world.Violates(Run(Candidate("A-00001", "B-00001")), DomainRule.KnownReference);
        world.Violates(Run(Candidate("R-A-00001", "R-A-00002")), DomainRule.KnownReference);
    }

    [Fact]
    public void a_run_with_no_candidates_is_still_recorded_so_nobody_counts_as_changed()
    {
        var world = WithLists();
        Assert.True(world.State.MatchingOf(World.X).ChangedSinceLastRun("A-00001"));
        Assert.True(world.State.MatchingOf(World.X).ChangedSinceLastRun("R-A-00001"));
        world.Do(Run());
        Assert.False(world.State.MatchingOf(World.X).ChangedSinceLastRun("A-00001"));
        Assert.False(world.State.MatchingOf(World.X).ChangedSinceLastRun("R-A-00001"));
    }

    [Fact]
    public void an_amendment_after_a_run_marks_only_that_entry_as_changed()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001")));
        world.Do(AmendPerson.Of(World.X, "B-00002", World.Entry("B-00002").ToDetails() with { DateOfBirth = new LocalDate(1991, 2, 3) }));
        world.Do(AmendPerson.Of(World.X, "R-A-00003", World.Entry("R-A-00003").ToDetails() with { DateOfBirth = new LocalDate(1991, 2, 3) }));
        world.List(Side.A, 1); // A-00004, offered after the run

        var matching = world.State.MatchingOf(World.X);
        Assert.True(matching.ChangedSinceLastRun("B-00002"));
        Assert.True(matching.ChangedSinceLastRun("R-A-00003"));
        Assert.True(matching.ChangedSinceLastRun("A-00004"));
        Assert.False(matching.ChangedSinceLastRun("A-00001"));
        Assert.False(matching.ChangedSinceLastRun("R-A-00001"));
    }

    [Fact]
    public void a_run_made_beside_the_writer_leaves_entries_listed_after_its_snapshot_still_to_be_matched()
    {
        var world = WithLists();
        var snapshot = world.State.Version;
        world.List(Side.A, 1); // A-00004, offered while the engine ran on the snapshot
        world.Do(Run(Candidate("R-A-00001", "A-00001")) with { AsOf = snapshot });

        var matching = world.State.MatchingOf(World.X);
        Assert.True(matching.ChangedSinceLastRun("A-00004"));
        Assert.False(matching.ChangedSinceLastRun("A-00001"));
        world.Rejects<InvalidFieldException>(Run() with { AsOf = world.State.Version + 1 });
    }

    [Fact]
    public void a_run_recorded_in_parts_counts_its_entries_as_compared_only_with_its_last_part()
    {
        var world = WithLists();
        var snapshot = world.State.Version;
        world.Do(Run(Candidate("R-A-00001", "A-00001")) with { AsOf = snapshot, MoreToFollow = true });

        var partway = world.State.MatchingOf(World.X);
        Assert.All(world.Events, e => Assert.True(((MatchCandidatesRecorded)e).MoreToFollow));
        Assert.NotNull(partway.Pair("R-A-00001", "A-00001"));
        Assert.Equal(0, partway.LastRun);
        Assert.True(partway.ChangedSinceLastRun("A-00001"));

        world.Do(Run(Candidate("R-A-00002", "A-00002")) with { AsOf = snapshot });

        var done = world.State.MatchingOf(World.X);
        Assert.All(world.Events, e => Assert.Null(((MatchCandidatesRecorded)e).MoreToFollow));
        Assert.Equal(snapshot, done.LastRun);
        Assert.False(done.ChangedSinceLastRun("A-00001"));
        Assert.NotNull(done.Pair("R-A-00001", "A-00001"));
        Assert.NotNull(done.Pair("R-A-00002", "A-00002"));
    }

    [Fact]
    public void a_part_recorded_again_by_the_next_run_keeps_the_rulings_on_its_pair_and_takes_the_new_score()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001", 0.91)) with { MoreToFollow = true });
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept), World.Mediator);

        world.Do(Run(Candidate("R-A-00001", "A-00001", 0.93)));

        var pair = world.State.MatchingOf(World.X).Pair("R-A-00001", "A-00001")!;
        Assert.Equal(0.93, pair.Candidate.Score);
        Assert.Single(pair.Rulings);
        Assert.True(pair.IsAccepted);
    }

    [Fact]
    public void accepting_a_candidate_moves_nobody_until_the_receiving_party_confirms()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001", 0.3, CandidateDecision.Review)));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept), World.Mediator);

        var decided = Assert.IsType<MatchDecided>(Assert.Single(world.Events));
        Assert.Equal(World.Mediator, decided.Actor);
        Assert.Equal(PersonStatus.Offered, world.Person("A-00001").Status);
        Assert.Equal(RequestStatus.Requested, world.Exchange.Requests["R-A-00001"].Status);
        Assert.True(world.State.MatchingOf(World.X).Pair("R-A-00001", "A-00001")!.AwaitsConfirmation);
    }

    [Fact]
    public void a_confirmation_makes_the_request_and_the_offered_person_one_person_in_the_exchange()
    {
        var world = WithConfirmedMatch();

        Assert.Collection(world.Events,
            e => Assert.Equal(ConfirmationVerdict.Confirm, Assert.IsType<MatchConfirmed>(e).Verdict),
            e => Assert.Equal(("R-A-00001", RequestStatus.Matched), (((RequestMoved)e).Request, ((RequestMoved)e).To)),
            e => Assert.Equal(("A-00001", PersonStatus.Matched), (((PersonMoved)e).Person, ((PersonMoved)e).To)));
        Assert.All(world.Events, e => Assert.Equal(World.UA, e.Actor));
        Assert.True(world.State.MatchingOf(World.X).Pair("R-A-00001", "A-00001")!.IsConfirmed);
        Assert.Equal(1, world.Summary.A.Matched);
        Assert.Equal(2, world.Summary.A.Outstanding);
        Assert.Equal(3, world.Summary.A.Requested);
    }

    [Fact]
    public void only_the_receiving_party_confirms_a_match_of_its_own_people()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001")));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept), World.Mediator);

        world.Rejects<NotPermittedException>(Confirm("R-A-00001", "A-00001"), World.RU);
        world.Rejects<NotPermittedException>(Confirm("R-A-00001", "A-00001"), World.Mediator);
        world.Rejects<NotPermittedException>(Decide("R-A-00002", "A-00002", MatchVerdict.Accept), World.UA);
    }

    [Fact]
    public void a_refusal_leaves_both_entries_open_and_the_mediator_may_accept_the_pair_again()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001"), Candidate("R-A-00001", "A-00002")));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept), World.Mediator);
        world.Do(Confirm("R-A-00001", "A-00001", ConfirmationVerdict.Refuse), World.UA);

        Assert.IsType<MatchConfirmed>(Assert.Single(world.Events));
        Assert.Null(world.State.MatchingOf(World.X).AcceptedPairOf("R-A-00001"));
        world.Do(Decide("R-A-00001", "A-00002", MatchVerdict.Accept), World.Mediator);
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Reject), World.Mediator);
        world.Rejects<RuleViolationException>(Confirm("R-A-00001", "A-00001"), World.UA);
    }

    [Fact]
    public void rejecting_a_confirmed_match_puts_both_entries_back_in_the_open()
    {
        var world = WithConfirmedMatch();
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Reject, "the ICRC says another man"), World.Mediator);

        Assert.Equal(PersonStatus.Offered, world.Person("A-00001").Status);
        Assert.Equal(RequestStatus.Requested, world.Exchange.Requests["R-A-00001"].Status);
        Assert.Equal(0, world.Summary.A.Matched);
        Assert.Equal(3, world.Summary.A.Outstanding);
    }

    [Fact]
    public void a_reversal_is_a_new_decision_and_the_history_keeps_every_one()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001")));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Reject, "the ICRC says another man"));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept, "the family confirmed him"));

        var pair = world.State.MatchingOf(World.X).Pair("R-A-00001", "A-00001")!;
        Assert.Equal([MatchVerdict.Accept, MatchVerdict.Reject, MatchVerdict.Accept], pair.Rulings.Select(r => r.Verdict));
        Assert.True(pair.AwaitsConfirmation);
    }

    [Fact]
    public void a_confirmed_match_cannot_be_undone_once_the_person_is_verified()
    {
        var world = WithConfirmedMatch();
        world.Move(Movement.Verify, ["A-00001"]);
        world.Violates(Decide("R-A-00001", "A-00001", MatchVerdict.Reject, "too late"), MatchRules.Decision);
    }

    [Fact]
    public void the_same_decision_twice_is_refused_so_no_decision_is_silently_repeated_or_overwritten()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001")));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Reject));
        world.Violates(Decide("R-A-00001", "A-00001", MatchVerdict.Reject), MatchRules.Decision);
    }

    [Fact]
    public void a_new_run_keeps_the_decisions_already_made_on_a_pair()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001", 0.6)));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept));
        world.Do(Run(Candidate("R-A-00001", "A-00001", 0.9)));

        var pair = world.State.MatchingOf(World.X).Pair("R-A-00001", "A-00001")!;
        Assert.Equal(0.9, pair.Candidate.Score);
        Assert.True(pair.IsAccepted);
    }

    [Fact]
    public void an_entry_has_at_most_one_accepted_match()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001"), Candidate("R-A-00002", "A-00001")));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept));
        world.Violates(Decide("R-A-00002", "A-00001", MatchVerdict.Accept), MatchRules.Decision);
    }

    [Fact]
    public void a_decision_on_a_pair_that_is_not_a_recorded_candidate_is_refused()
    {
        var world = WithLists();
        world.Violates(Decide("R-A-00001", "A-00001", MatchVerdict.Accept), MatchRules.Decision);
    }

    [Fact]
    public void a_decision_or_candidate_naming_an_unknown_entry_or_exchange_is_refused()
    {
        var world = WithLists();
        world.Violates(Run(Candidate("R-A-00009", "A-00001")), DomainRule.KnownReference);
        world.Violates(Decide("R-A-00001", "A-00009", MatchVerdict.Accept), DomainRule.KnownReference);
        world.Violates(Run() with { Exchange = "nope" }, DomainRule.KnownReference);
    }

    [Fact]
    public void a_score_outside_zero_to_one_and_a_pair_named_twice_are_refused()
    {
        var world = WithLists();
        world.Rejects<InvalidFieldException>(Run(Candidate("R-A-00001", "A-00001", 1.5)));
        world.Rejects<InvalidFieldException>(Run(Candidate("R-A-00001", "A-00001", double.NaN)));
        world.Rejects<InvalidFieldException>(Run(Candidate("R-A-00001", "A-00001"), Candidate("R-A-00001", "A-00001")));
    }

    [Theory]
    [InlineData("surname: Шевченко")]
    [InlineData("dob: 1990-04-12")]
    [InlineData("Surname: exact")]
    public void an_evidence_digest_that_could_hold_a_name_or_a_date_is_refused_without_echoing_it(string evidence)
    {
        var world = WithLists();
        var e = world.Violates(Run(new MatchCandidate("R-A-00001", "A-00001", 0.9, CandidateDecision.Match, evidence)), MatchRules.Candidates);
        Assert.DoesNotContain(evidence, e.Message);
    }

    [Fact]
    public void a_decision_needs_a_reason()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001")));
        world.Rejects<InvalidFieldException>(Decide("R-A-00001", "A-00001", MatchVerdict.Accept, why: " "));
    }

    [Fact]
    public void the_reason_for_a_decision_is_the_only_personal_data_and_sits_in_the_private_part()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001")));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept, "his sister Olena confirmed by phone"));
        var decided = world.Events.OfType<MatchDecided>().Single();
        Assert.Equal("his sister Olena confirmed by phone", decided.Why!.Text);

        foreach (var type in new[] { typeof(MatchDecided), typeof(MatchConfirmed), typeof(MatchCandidatesRecorded), typeof(MatchCandidate) })
        {
            var personal = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => typeof(IPersonalData).IsAssignableFrom(p.PropertyType)).Select(p => p.Name);
            Assert.Equal(type == typeof(MatchDecided) || type == typeof(MatchConfirmed) ? ["Why"] : [], personal);
        }
    }

    [Fact]
    public void the_receiving_party_accepts_an_offered_person_it_did_not_request()
    {
        var world = WithLists();
        world.Do(new MovePersons(World.X, Movement.Match, ["A-00003"]), World.UA);

        Assert.Equal(PersonStatus.Matched, world.Person("A-00003").Status);
        world.Rejects<NotPermittedException>(new MovePersons(World.X, Movement.Match, ["A-00002"]), World.RU);
        world.Rejects<NotPermittedException>(new MovePersons(World.X, Movement.Match, ["A-00002"]), World.Mediator);
    }

    [Fact]
    public void a_confirmation_is_refused_once_either_entry_has_moved_on_since_the_acceptance_so_nobody_is_pulled_back()
    {
        var world = WithLists();
        world.Do(Run(Candidate("R-A-00001", "A-00001")));
        world.Do(Decide("R-A-00001", "A-00001", MatchVerdict.Accept), World.Mediator);
        // UA takes A-00001 as a person it did not request, and the verifier sees them, before UA answers the pair.
        world.Do(new MovePersons(World.X, Movement.Match, ["A-00001"]), World.UA);
        world.Move(Movement.Verify, ["A-00001"]);

        var moved = world.Violates(Confirm("R-A-00001", "A-00001"), MatchRules.Decision);
        Assert.Contains("person 'A-00001' is verified since the pair was accepted", moved.Message, StringComparison.Ordinal);
        Assert.Equal(PersonStatus.Verified, world.Person("A-00001").Status);
        // Refusing the pair is still the party's answer, and moves nobody.
        world.Do(Confirm("R-A-00001", "A-00001", ConfirmationVerdict.Refuse), World.UA);
        Assert.Equal(PersonStatus.Verified, world.Person("A-00001").Status);
    }
}
