using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.State;
using Parley.Core.Tests.Support;

namespace Parley.Core.Tests.Invariants;

/// <summary>
/// One generated step, turned into a command against the current state. A friendly step picks people and stages
/// that suit the movement, so sequences get deep into the lifecycle; a hostile one names whoever and whatever it
/// likes: unknown ids, people in the wrong status or stage, duplicates, over-full stages, unbalanced closes.
/// </summary>
public sealed record Step(int Kind, int Side, int Pick, int Count, int Stage, int Categories, bool Hostile)
{
    public const int Kinds = 20;

    private static readonly string[][] CategoryChoices = [["a"], ["b"], ["c"], [], ["a", "b"], ["c", "b"], ["zz"]];

    /// <summary>The statuses a movement starts from, for friendly steps.</summary>
    private static readonly Dictionary<Movement, PersonStatus[]> From = new()
    {
        [Movement.Match] = [PersonStatus.Offered],
        [Movement.Verify] = [PersonStatus.Matched],
        [Movement.Schedule] = [PersonStatus.Verified],
        [Movement.Unschedule] = [PersonStatus.Scheduled],
        [Movement.Release] = [PersonStatus.Scheduled],
        [Movement.Receive] = [PersonStatus.Released, PersonStatus.Disputed],
        [Movement.Dispute] = [PersonStatus.Released],
        [Movement.Decline] = [PersonStatus.Matched, PersonStatus.Verified, PersonStatus.Scheduled],
        [Movement.Withdraw] = [PersonStatus.Offered, PersonStatus.Matched, PersonStatus.Verified, PersonStatus.Scheduled],
        [Movement.RecordDeath] = [PersonStatus.Offered, PersonStatus.Matched, PersonStatus.Verified, PersonStatus.Scheduled],
    };

    public Command ToCommand(ParleyState state)
    {
        var x = state.Exchanges[World.X];
        var exchange = Hostile && Pick == 0 ? "no-such-exchange" : World.X;
        var side = Side == 0 ? Core.Side.A : Core.Side.B;
        var categories = CategoryChoices[Categories % (Hostile ? CategoryChoices.Length : CategoryChoices.Length - 1)];
        var stageName = $"s{Stage}";
        switch (Kind)
        {
            case 0:
            case 1:
                {
                    var ids = Enumerable.Range(0, Count).Select(i => $"p{x.Persons.Count + i}").ToList();
                    if (Hostile)
                    {
                        ids.Add(Pick % 2 == 0 && x.Persons.Count > 0 ? x.Persons.Keys.Order(StringComparer.Ordinal).ElementAt(Pick % x.Persons.Count) : ids[0]);
                    }
                    return new ListPersons(exchange, side, [.. ids.Select(id => World.Entry(id, categories))]);
                }
            case 2:
                return AmendPerson.Of(exchange, AnyPerson(x), World.Entry("amended", categories).ToDetails());
            case 3:
            case 4:
                {
                    // A friendly step closes the open stage, or plans the next one when none is open.
                    var open = x.Stages.Values.Where(s => s.Status == StageStatus.Open).OrderBy(s => s.Number).ToList();
                    if (!Hostile && open.Count == 0)
                    {
                        return new PlanStage(exchange, $"s{x.Stages.Count + 1}", new LocalDate(2025, 6, 1).PlusDays(x.Stages.Count), Count + 1, Pick % 4 == 0 ? Pick % 3 : Count + 1);
                    }
                    if (Hostile && Kind == 3)
                    {
                        return new PlanStage(exchange, stageName, new LocalDate(2025, 6, 1), Count, Pick % 3 - 1);
                    }
                    return new CloseStage(exchange, !Hostile ? open[Stage % open.Count].Id : stageName);
                }
            case 15:
                {
                    // The receiving party's request list for the direction side holds.
                    var ids = Enumerable.Range(0, Count).Select(i => $"r{x.Requests.Count + i}").ToList();
                    if (Hostile)
                    {
                        ids.Add(Pick % 2 == 0 ? AnyPerson(x) : ids[0]);
                    }
                    return new SubmitList(exchange, x.ReceiverOf(side), ListKind.Request, [.. ids.Select(id => World.Entry(id, categories))]);
                }
            case 16:
                return Candidates(x, exchange, side);
            case 17:
                {
                    // A friendly step rules on a pair whose two entries are still free, mostly to accept it.
                    var matching = state.MatchingOf(World.X);
                    var pairs = matching.Pairs.Keys
                        .Where(k => Hostile || (x.Requests.GetValueOrDefault(k.Left)?.Status == RequestStatus.Requested
                            && x.Persons.GetValueOrDefault(k.Right)?.Status == PersonStatus.Offered
                            && matching.AcceptedPairOf(k.Left) is null && matching.AcceptedPairOf(k.Right) is null))
                        .OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList();
                    var pair = pairs.Count == 0 || Hostile && Pick % 3 == 0 ? new PairKey(AnyRequest(x), AnyPerson(x)) : pairs[Pick % pairs.Count];
                    return new DecideMatch(exchange, pair.Left, pair.Right, Pick % 6 == 0 ? MatchVerdict.Reject : MatchVerdict.Accept, "step");
                }
            case 18:
                {
                    var awaiting = state.MatchingOf(World.X).Pairs.Where(p => p.Value.AwaitsConfirmation || Hostile)
                        .Select(p => p.Key).OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList();
                    var pair = awaiting.Count == 0 ? new PairKey(AnyRequest(x), AnyPerson(x)) : awaiting[Pick % awaiting.Count];
                    return new ConfirmMatch(exchange, pair.Left, pair.Right, Pick % 5 == 0 ? ConfirmationVerdict.Refuse : ConfirmationVerdict.Confirm);
                }
            case 19:
                {
                    var outcome = (InterviewOutcome)(Pick % 3);
                    var ready = x.Persons.Values.Where(p => Hostile || p.Status == PersonStatus.Matched).OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id).ToList();
                    var persons = ready.Count == 0 ? [AnyPerson(x)] : ready.Skip(Pick % ready.Count).Take(Count).ToList();
                    return new RecordInterview(exchange, [.. persons], outcome);
                }
            default:
                return Hostile ? HostileMove(x, exchange, (Movement)(Kind - 5), stageName) : FriendlyMove(x, FriendlyMovements[Kind - 5]);
        }
    }

    /// <summary>A run of the engine as it could come out: friendly, outstanding requests against people offered in their direction.</summary>
    private RecordMatchCandidates Candidates(Exchange x, string exchange, Core.Side side)
    {
        var requests = x.Requests.Values.Where(r => Hostile || (r.Side == side && r.Status == RequestStatus.Requested)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var offers = x.Persons.Values.Where(p => Hostile || (p.Side == side && p.Status == PersonStatus.Offered)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var candidates = new List<MatchCandidate>();
        for (var i = 0; i < Math.Min(Count, Math.Min(requests.Count, offers.Count)); i++)
        {
            var request = requests[(Pick + i) % requests.Count].Id;
            var offer = offers[(Pick + 2 * i) % offers.Count].Id;
            if (candidates.All(c => c.Left != request || c.Right != offer))
            {
                candidates.Add(new MatchCandidate(request, offer, (Pick % 10) / 10.0, CandidateDecision.Review, "surname: exact"));
            }
        }
        return new RecordMatchCandidates(exchange, [.. candidates], "step-engine 1");
    }

    private string AnyRequest(Exchange x, int offset = 0) =>
        x.Requests.Count == 0 ? "no-request" : x.Requests.Keys.Order(StringComparer.Ordinal).ElementAt((Pick + offset) % x.Requests.Count);

    private MovePersons HostileMove(Exchange x, string exchange, Movement movement, string stageName)
    {
        var persons = Enumerable.Range(0, Count).Select(i => i == Count - 1 && Pick % 4 == 1 ? "ghost" : AnyPerson(x, i));
        var stage = movement == Movement.Schedule || Pick % 3 == 0 ? stageName : null;
        return new MovePersons(exchange, movement, [.. persons], stage, null);
    }

    /// <summary>What a friendly step does: mostly move people forward; one time in ten, take someone off the path.</summary>
    private static readonly Movement?[] FriendlyMovements =
        [Movement.Match, Movement.Verify, Movement.Schedule, Movement.Release, Movement.Receive, Movement.Verify, Movement.Schedule, Movement.Release, Movement.Schedule, null];

    private static readonly Movement[] Forward = [Movement.Match, Movement.Verify, Movement.Schedule, Movement.Release, Movement.Receive];

    private static readonly Movement[] Aside = [Movement.Unschedule, Movement.Dispute, Movement.Decline, Movement.Withdraw, Movement.RecordDeath];

    /// <summary>The chosen movement, or the next forward one that someone is ready for, with people who suit it.</summary>
    private MovePersons FriendlyMove(Exchange x, Movement? choice)
    {
        var open = x.Stages.Values.Where(s => s.Status == StageStatus.Open).OrderBy(s => s.Number).ToList();
        var stage = open.Count > 0 ? open[Stage % open.Count].Id : $"s{Stage}";
        var chosen = choice ?? Aside[Pick % Aside.Length];
        Movement[] movements = [chosen, .. Forward.Reverse()];
        for (var i = 0; i < movements.Length; i++)
        {
            var movement = movements[i];
            var ready = x.Persons.Values.Where(p => From[movement].Contains(p.Status)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                continue;
            }
            switch (movement)
            {
                case Movement.Schedule:
                    // As many from each side as the plan allows, under one term, so stages can balance.
                    var term = ready[Pick % ready.Count].Term;
                    var fromA = ready.Where(p => p.Side == Core.Side.A && p.Term == term).Take(Count).ToList();
                    var fromB = ready.Where(p => p.Side == Core.Side.B && p.Term == term).Take(Count).ToList();
                    var planned = x.Stages.GetValueOrDefault(stage);
                    var roomA = planned is null ? Count : planned.PlannedA - x.Persons.Values.Count(p => p.StageId == stage && p.Side == Core.Side.A);
                    var roomB = planned is null ? Count : planned.PlannedB - x.Persons.Values.Count(p => p.StageId == stage && p.Side == Core.Side.B);
                    var balanced = x.Formula.Terms[term].SideA.ToString() == x.Formula.Terms[term].SideB.ToString();
                    var pairs = Math.Min(Math.Min(fromA.Count, fromB.Count), Math.Min(roomA, roomB));
                    if (pairs <= 0 && balanced)
                    {
                        continue;
                    }
                    var chosenPeople = pairs <= 0 ? [.. fromA.Take(Math.Max(roomA, 1)), .. fromB.Take(Math.Max(roomB, 1))] : fromA.Take(pairs).Concat(fromB.Take(pairs)).ToList();
                    return new MovePersons(World.X, movement, [.. chosenPeople.Select(p => p.Id)], stage, null);
                case Movement.Release:
                    // Everyone waiting in one stage.
                    var waitingIn = ready[Pick % ready.Count].StageId;
                    return new MovePersons(World.X, movement, [.. ready.Where(p => p.StageId == waitingIn).Select(p => p.Id)], waitingIn, null);
                default:
                    return new MovePersons(World.X, movement, [.. ready.Skip(Pick % ready.Count).Take(Count).Select(p => p.Id)], null, null);
            }
        }
        return new MovePersons(World.X, chosen, [AnyPerson(x)], null, null);
    }

    private string AnyPerson(Exchange x, int offset = 0) =>
        x.Persons.Count == 0 ? "nobody" : x.Persons.Keys.Order(StringComparer.Ordinal).ElementAt((Pick + offset) % x.Persons.Count);
}
