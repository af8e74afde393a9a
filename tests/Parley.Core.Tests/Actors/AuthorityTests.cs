using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Parley.Core.Wire;
using Xunit;

namespace Parley.Core.Tests.Actors;

/// <summary>
/// Issue 14, who may do what: every command of the registry × every role × the side it concerns, decided against one
/// state where each command is otherwise valid. The roles that hold the power are accepted; every other is refused with
/// <see cref="NotPermittedException"/>, in the decider itself, whichever way the command arrives. The expected powers
/// are written here from docs/commands.md, independently of the decider's own table.
/// </summary>
public sealed class AuthorityTests
{
    private static readonly Actor Operator = Actor.CommandLine;
    private static readonly Actor[] Everyone = [Operator, World.Mediator, World.RU, World.UA, World.Verifier, World.Press];

    /// <summary>The one state every case is decided against.</summary>
    private static readonly Lazy<World> Base = new(Build);

    private static World Build()
    {
        var w = World.WithExchange("1,000 for 1,000");
        w.Do(new RecordAgreement("a2", "r1", "A later exchange", "The sides agreed another exchange.", "10 for 10", ["RU", "UA"]));
        w.Do(new OpenExchange("x2", "a2", "RU", "UA"));
        w.Do(new StartRound("r1", new LocalDateTime(2025, 5, 16, 13, 30)));
        w.Do(new ScheduleRound("r2", 2, "Çırağan Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 6, 2, 13, 0)));
        // x2: stage t1 ready to close (one released each way), stage t2 planned with nobody in it.
        w.Do(new ListPersons("x2", Side.A, [World.Entry("x2-a")]));
        w.Do(new ListPersons("x2", Side.B, [World.Entry("x2-b")]));
        w.Do(new MovePersons("x2", Movement.Match, ["x2-a", "x2-b"]));
        w.Do(new MovePersons("x2", Movement.Verify, ["x2-a", "x2-b"]));
        w.Do(new PlanStage("x2", "t1", new LocalDate(2025, 6, 1), 1, 1));
        w.Do(new PlanStage("x2", "t2", new LocalDate(2025, 6, 2), 1, 1));
        w.Do(new MovePersons("x2", Movement.Schedule, ["x2-a", "x2-b"], "t1"));
        w.Do(new MovePersons("x2", Movement.Release, ["x2-a", "x2-b"]));
        w.Do(new RegisterOfficer("RU", "ru.officer", "ru.officer+00000001+AAAA"));
        w.Do(new RegisterOfficer("UA", "ua.officer", "ua.officer+00000002+AAAA"));
        foreach (var side in new[] { Side.A, Side.B })
        {
            w.List(side, 6);          // -00001..-00006
            w.Request(side, 3);       // R-S-00001..R-S-00003
        }
        w.Do(new RecordMatchCandidates(World.X,
        [
            new("R-A-00001", "A-00001", 0.9, CandidateDecision.Match, "surname: exact"),
            new("R-A-00002", "A-00002", 0.5, CandidateDecision.Review, "surname: exact"),
            new("R-B-00001", "B-00001", 0.9, CandidateDecision.Match, "surname: exact"),
            new("R-B-00002", "B-00002", 0.5, CandidateDecision.Review, "surname: exact"),
        ], "engine 1"));
        w.Do(new DecideMatch(World.X, "R-A-00001", "A-00001", MatchVerdict.Accept, "same"));
        w.Do(new DecideMatch(World.X, "R-B-00001", "B-00001", MatchVerdict.Accept, "same"));
        w.Do(Receipt("R-A-00002", 1));
        w.Do(Receipt("R-B-00002", 2));
        w.Plan("s1", 3, 3);
        foreach (var side in new[] { Side.A, Side.B })
        {
            string Id(int n) => $"{side}-{n:D5}";
            w.Move(Movement.Match, [Id(3), Id(4), Id(5), Id(6)]);
            w.Move(Movement.Verify, [Id(4), Id(5), Id(6)]);
            w.Move(Movement.Schedule, [Id(5), Id(6)], "s1");
            w.Move(Movement.Release, [Id(6)]);
        }
        return w;
    }

    /// <summary>For each command, one valid in the base state, concerning the given side's direction where it concerns one.</summary>
    private static readonly Dictionary<string, Func<Side, Command>> Cases = new(StringComparer.Ordinal)
    {
        ["register-party"] = _ => new RegisterParty("TR", "Türkiye"),
        ["register-mediator"] = _ => new RegisterMediator("UN", "United Nations"),
        ["schedule-round"] = _ => new ScheduleRound("r9", 9, "Çırağan Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 9, 1, 12, 0)),
        ["appoint-delegate"] = _ => new AppointDelegate("r1", "UA", "Synthetic Delegate", Core.Talks.DelegationRole.Member),
        ["start-round"] = _ => new StartRound("r2", new LocalDateTime(2025, 6, 2, 14, 35)),
        ["conclude-round"] = _ => new ConcludeRound("r1", new LocalDateTime(2025, 5, 16, 15, 25)),
        ["record-statement"] = _ => new RecordStatement("st9", "r1", "A spokesperson", null, new LocalDateTime(2025, 5, 16, 15, 0), "en", "talks continue", new Uri("https://example.org/")),
        ["record-agreement"] = _ => new RecordAgreement("a9", "r1", "Another", "Another agreement.", "1 for 1"),
        ["open-exchange"] = _ => new OpenExchange("x9", "a2", "RU", "UA"),
        ["plan-stage"] = _ => new PlanStage(World.X, "s9", new LocalDate(2025, 6, 1), 1, 1),
        ["close-stage"] = _ => new CloseStage("x2", "t1"),
        ["cancel-stage"] = _ => new CancelStage("x2", "t2"),
        ["erase-exchange"] = _ => new EraseExchange("x2", Force: true, Reason: "the talks were called off"),
        ["register-officer"] = _ => new RegisterOfficer("UA", "ua.second", "ua.second+00000003+AAAA"),
        ["revoke-officer-key"] = _ => new RevokeOfficerKey("ua.officer", "the key was lost"),
        ["register-party-key"] = _ => new RegisterPartyKey("UA", "ua.party+00000004+AQAA"),
        ["rotate-officer-key"] = _ => new RotateOfficerKey("ua.officer", "ua.officer+00000009+AAAA"),
        ["record-match-candidates"] = s => new RecordMatchCandidates(World.X, [new($"R-{s}-00003", $"{s}-00002", 0.4, CandidateDecision.Review, "surname: exact")], "engine 1"),
        ["decide-match"] = s => new DecideMatch(World.X, $"R-{s}-00002", $"{s}-00002", MatchVerdict.Accept, "same"),
        ["decide-review-item"] = s => new DecideReviewItem(World.X, [new($"R-{s}-00002", $"{s}-00002")], new PairKey($"R-{s}-00002", $"{s}-00002"), "same"),
        ["post-entry"] = _ => new PostEntry("e9", World.X, "An update."),
        ["correct-record"] = _ => new CorrectRecord("k9", Core.Talks.RecordKind.Agreement, "a1", "The title was wrong."),
        ["record-claim"] = s => new RecordClaim("c9", World.X, "A ministry", PartyHolding(s), Core.Claims.ClaimFigure.Released, 1, new Uri("https://example.org/"), World.Now, "s1"),
        ["submit-list"] = s => new SubmitList(World.X, PartyHolding(s), ListKind.Offer, [World.Entry($"new-{s}")]),
        ["list-persons"] = s => new ListPersons(World.X, s, [World.Entry($"new-{s}")]),
        ["amend-person"] = s => AmendPerson.Of(World.X, $"{s}-00002", World.Entry("x").ToDetails()),
        ["carry-requests"] = s => new CarryRequests(World.X, "x2", PartyReceiving(s)),
        ["confirm-match"] = s => new ConfirmMatch(World.X, $"R-{s}-00001", $"{s}-00001", ConfirmationVerdict.Confirm),
        ["record-interview"] = s => new RecordInterview(World.X, [$"{s}-00003"], InterviewOutcome.Confirmed),
        ["match"] = s => Move(Movement.Match, s, 2),
        ["verify"] = s => Move(Movement.Verify, s, 3),
        ["schedule"] = s => Move(Movement.Schedule, s, 4, "s1"),
        ["unschedule"] = s => Move(Movement.Unschedule, s, 5),
        ["release"] = s => Move(Movement.Release, s, 5),
        ["receive"] = s => Move(Movement.Receive, s, 6),
        ["dispute"] = s => Move(Movement.Dispute, s, 6),
        ["decline"] = s => Move(Movement.Decline, s, 3),
        ["withdraw"] = s => Move(Movement.Withdraw, s, 2),
        ["record-death"] = s => Move(Movement.RecordDeath, s, 2),
        ["issue-receipt"] = s => Receipt($"R-{s}-00003", s == Side.A ? 3 : 4),
        ["revoke-receipt"] = s => new RevokeReceipt(World.X, $"R-{s}-00002"),
        ["signed-submission"] = s => new SubmitSigned(World.X, PartyHolding(s), s == Side.A ? "ru.officer" : "ua.officer", 1, "{}",
            new ListPersons(World.X, s, [World.Entry($"signed-{s}")])),
    };

    /// <summary>Forms of a command the table above does not show: a request list, an amended or withdrawn request.</summary>
    private static readonly Dictionary<string, Func<Side, Command>> MoreCases = new(StringComparer.Ordinal)
    {
        ["submit-list (request)"] = s => new SubmitList(World.X, PartyReceiving(s), ListKind.Request, [World.Entry($"asked-{s}")]),
        ["amend-person (request)"] = s => AmendPerson.Of(World.X, $"R-{s}-00003", World.Entry("x").ToDetails()),
        ["withdraw (request)"] = s => new MovePersons(World.X, Movement.Withdraw, [$"R-{s}-00003"]),
    };

    /// <summary>Who may issue each case for side <paramref name="s"/>, besides the operator (docs/commands.md, "Who may").</summary>
    private static IReadOnlyList<Actor> Powers(string name, Side s)
    {
        var holder = PartyHolding(s) == "RU" ? World.RU : World.UA;
        var receiver = PartyReceiving(s) == "RU" ? World.RU : World.UA;
        return name switch
        {
            "post-entry" => [World.Press],
            "record-claim" or "correct-record" => [World.Mediator, World.Press],
            "submit-list" or "list-persons" or "amend-person" or "release" or "withdraw" or "signed-submission" => [World.Mediator, holder],
            "submit-list (request)" or "amend-person (request)" or "withdraw (request)" or "carry-requests" or "receive" or "dispute" => [World.Mediator, receiver],
            "confirm-match" or "match" or "issue-receipt" or "revoke-receipt" => [receiver],
            "verify" or "decline" or "record-interview" => [World.Verifier],
            _ => [World.Mediator],
        };
    }

    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var name in Cases.Keys.Concat(MoreCases.Keys))
        {
            foreach (var side in new[] { "A", "B" })
            {
                foreach (var actor in Everyone)
                {
                    data.Add(name, side, actor.Role == ActorRole.Party ? "party:" + actor.Party : actor.Role.ToString().ToLowerInvariant());
                }
            }
        }
        return data;
    }

    [Fact]
    public void every_command_in_the_registry_has_a_case_here_so_a_new_command_cannot_skip_this_test()
    {
        Assert.Empty(WireTypes.Commands.Keys.Except(Cases.Keys));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void a_command_is_accepted_from_the_roles_that_hold_the_power_and_refused_from_every_other(string name, string side, string role)
    {
        var s = side == "A" ? Side.A : Side.B;
        var actor = Everyone.Single(a => (a.Role == ActorRole.Party ? "party:" + a.Party : a.Role.ToString().ToLowerInvariant()) == role);
        var command = (Cases.GetValueOrDefault(name) ?? MoreCases[name])(s);
        var allowed = actor == Operator || Powers(name, s).Contains(actor);

        if (allowed)
        {
            var decision = Decider.Decide(Base.Value.State, command, actor, World.Now);
            Assert.All(decision.Events, e => Assert.Equal(e is Events.PersonListed && command is SubmitSigned ? e.Actor : actor, e.Actor));
        }
        else
        {
            var refused = Assert.Throws<NotPermittedException>(() => Decider.Decide(Base.Value.State, command, actor, World.Now));
            Assert.Equal(actor, refused.Actor);
            Assert.Contains("rule: authority", refused.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>A receipt with made-up hashes (the decider checks their form, not where they came from).</summary>
    private static IssueReceipt Receipt(string request, int n) =>
        new(World.X, request, new string((char)('0' + n), 64), new string((char)('a' + n), 64));

    private static MovePersons Move(Movement movement, Side s, int n, string? stage = null) =>
        new(World.X, movement, [$"{s}-{n:D5}"], stage);

    private static string PartyHolding(Side s) => s == Side.A ? "RU" : "UA";

    private static string PartyReceiving(Side s) => s == Side.A ? "UA" : "RU";
}
