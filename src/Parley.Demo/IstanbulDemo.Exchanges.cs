using System.Collections.Immutable;
using NodaTime;
using Parley.Core;
using Parley.Core.Claims;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Matching.Reconciliation;
using Parley.Reconciliation;

namespace Parley.Demo;

public static partial class IstanbulDemo
{
    /// <summary>Round 1: 1,000 for 1,000 in three stages of 390 (270 military, 120 civilians), 307 and 303. Fulfilled.</summary>
    private static void MayExchange(DemoScript s, DemoPeople people)
    {
        s.Do(new OpenExchange(May, "r1-exchange", "RU", "UA", On(new LocalDate(2025, 5, 16), 18)), DemoActors.Mediator);
        var submitted = new LocalDate(2025, 5, 18);
        var inExchange = new Dictionary<Side, List<string>>();
        foreach (var holder in new[] { Side.A, Side.B })
        {
            // 995 asked for and offered, 45 asked for but not offered (outstanding), 15 offered unasked; 120 civilians.
            var lists = SubmitLists(s, people, May, holder, paired: 995, outstanding: 45, unasked: 15,
                n => n <= 120 ? "civilian" : "military", submitted);
            inExchange[holder] = Reconcile(s, May, holder, lists, submitted.PlusDays(2));
        }
        var verified = new Dictionary<Side, List<string>>();
        foreach (var holder in new[] { Side.A, Side.B })
        {
            // Of 1,010 people in each direction, 7 decline to return and 3 cannot be seen in time: 1,000 verified.
            verified[holder] = Interview(s, May, inExchange[holder], declined: 7, notSeen: 3, submitted.PlusDays(3));
        }
        var first = 0;
        foreach (var (stage, date, count) in new[] { ("s1", new LocalDate(2025, 5, 23), 390), ("s2", new LocalDate(2025, 5, 24), 307), ("s3", new LocalDate(2025, 5, 25), 303) })
        {
            s.Do(new PlanStage(May, stage, date, count, count, On(date.PlusDays(-1), 9)), DemoActors.Mediator);
            Walk(s, May, stage, date, verified[Side.A].GetRange(first, count), verified[Side.B].GetRange(first, count), release: true, close: true);
            Announce(s, stage, date, count);
            first += count;
        }
    }

    /// <summary>
    /// "Each stage was announced by both sides on the same day, with matching counts" (the facts): each side's claim of
    /// how many of its own came home, held against the record. The facts name the outlets, not the articles, so the
    /// sources are the outlets' addresses; the hour is illustrative.
    /// </summary>
    private static void Announce(DemoScript s, string stage, LocalDate date, int count)
    {
        var outlet = new Uri(stage switch { "s1" => "https://news.liga.net/", "s2" => "https://www.anews.com.tr/", _ => "https://sofrep.com/" });
        s.Do(new RecordClaim($"{May}-{stage}-ua", May, "Ukraine", "RU", ClaimFigure.Received, count, outlet, On(date, 19), stage), DemoActors.Press);
        s.Do(new RecordClaim($"{May}-{stage}-ru", May, "Russia", "UA", ClaimFigure.Received, count, outlet, On(date, 19), stage), DemoActors.Press);
    }

    /// <summary>Round 2, humanitarian track: two stages closed, a third scheduled but not yet carried out.</summary>
    private static void JuneExchange(DemoScript s, DemoPeople people)
    {
        s.Do(new OpenExchange(June, "r2-humanitarian", "RU", "UA", On(new LocalDate(2025, 6, 2), 18)), DemoActors.Mediator);
        var submitted = new LocalDate(2025, 6, 4);
        var verified = new Dictionary<Side, List<string>>();
        foreach (var holder in new[] { Side.A, Side.B })
        {
            var lists = SubmitLists(s, people, June, holder, paired: 690, outstanding: 30, unasked: 10,
                n => n <= 400 ? (n % 3 == 0 ? "seriously-ill" : "severely-wounded") : "under-25", submitted);
            var matched = Reconcile(s, June, holder, lists, submitted.PlusDays(1));
            verified[holder] = Interview(s, June, matched, declined: 4, notSeen: 0, submitted.PlusDays(3));
        }
        var wounded = verified.ToDictionary(kv => kv.Key, kv => kv.Value.Where(id => Term(s, June, id) == 0).ToList());
        var young = verified.ToDictionary(kv => kv.Key, kv => kv.Value.Where(id => Term(s, June, id) == 1).ToList());
        s.Do(new PlanStage(June, "s1", new LocalDate(2025, 6, 9), 200, 200, On(new LocalDate(2025, 6, 8), 9)), DemoActors.Mediator);
        Walk(s, June, "s1", new LocalDate(2025, 6, 9), wounded[Side.A][..200], wounded[Side.B][..200], release: true, close: true);
        s.Do(new PlanStage(June, "s2", new LocalDate(2025, 6, 10), 250, 250, On(new LocalDate(2025, 6, 9), 9)), DemoActors.Mediator);
        Walk(s, June, "s2", new LocalDate(2025, 6, 10), young[Side.A][..250], young[Side.B][..250], release: true, close: true);
        s.Do(new PlanStage(June, "s3", new LocalDate(2025, 6, 12), 150, 150, On(new LocalDate(2025, 6, 11), 9)), DemoActors.Mediator);
        Walk(s, June, "s3", new LocalDate(2025, 6, 12), wounded[Side.A][200..350], wounded[Side.B][200..350], release: false, close: false);
    }

    /// <summary>
    /// Round 2, bodies: the first transfer of 11 June 2025, 1,212 to Ukraine and 27 to Russia; not balanced, and it
    /// closes. Remains are not asked for by name: the holding side's offer list only, accepted by the receiving side.
    /// </summary>
    private static void BodiesExchange(DemoScript s, DemoPeople people)
    {
        s.Do(new OpenExchange(Bodies, "r2-bodies", "RU", "UA", On(new LocalDate(2025, 6, 2), 18)), DemoActors.Mediator);
        var date = new LocalDate(2025, 6, 11);
        var ids = new Dictionary<Side, List<string>>();
        foreach (var (holder, count, released) in new[] { (Side.A, 1212, 1212), (Side.B, 40, 27) })
        {
            var entries = Enumerable.Range(1, count)
                .Select(n => RosterEntry.Of(PersonId(Bodies, holder, n), people.Next(holder == Side.A, ["bodies"], people.BornBetween(date, 19, 60)).Other))
                .ToImmutableList();
            s.Do(new ListPersons(Bodies, holder, entries), DemoActors.Of(Holder(holder)));
            var all = entries.Select(e => e.Person).ToImmutableList();
            s.Do(new MovePersons(Bodies, Movement.Match, all, At: On(date.PlusDays(-4), 10)), DemoActors.Of(Receiver(holder)));
            s.Do(new MovePersons(Bodies, Movement.Verify, all, At: On(date.PlusDays(-2), 10)), DemoActors.Verifier);
            ids[holder] = [.. all.Take(released)];
        }
        s.Do(new PlanStage(Bodies, "s1", date, 1212, 27, On(date.PlusDays(-1), 9)), DemoActors.Mediator);
        Walk(s, Bodies, "s1", date, ids[Side.A], ids[Side.B], release: true, close: true);
    }

    /// <summary>Round 3: at least 1,200 for at least 1,200; lists reconciled and partly verified, nothing released yet.</summary>
    private static void JulyExchange(DemoScript s, DemoPeople people)
    {
        s.Do(new OpenExchange(July, "r3-exchange", "RU", "UA", On(new LocalDate(2025, 7, 23), 23)), DemoActors.Mediator);
        var submitted = new LocalDate(2025, 7, 28);
        foreach (var (holder, paired, unasked, verify) in new[] { (Side.A, 1180, 70, 600), (Side.B, 1230, 50, 640) })
        {
            var lists = SubmitLists(s, people, July, holder, paired, outstanding: 120, unasked, _ => "military", submitted);
            var matched = Reconcile(s, July, holder, lists, submitted.PlusDays(2));
            Interview(s, July, matched[..verify], declined: 5, notSeen: 0, submitted.PlusDays(9));
        }
        s.Do(new PlanStage(July, "s1", new LocalDate(2025, 8, 14), 84, 84, On(new LocalDate(2025, 8, 13), 9)), DemoActors.Mediator);
    }

    /// <summary>The two lists of one direction: whom the receiving party asks back and whom the holding party offers.</summary>
    private sealed record DirectionLists(Side Holder, Dictionary<string, string> Truth, List<string> Unasked);

    /// <summary>
    /// The receiving party submits its request list in its own spellings; the holding party its offer list, the same
    /// people in its language's forms with the usual slips, plus people nobody asked for.
    /// </summary>
    private static DirectionLists SubmitLists(DemoScript s, DemoPeople people, string exchange, Side holder, int paired, int outstanding,
        int unasked, Func<int, string> category, LocalDate onDate)
    {
        var receiver = Receiver(holder);
        var requests = new List<RosterEntry>();
        var offers = new List<RosterEntry>();
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        var unaskedIds = new List<string>();
        // People held by side A (Russia) are Ukrainians, and the other way round.
        var ukrainians = holder == Side.A;
        for (var n = 1; n <= paired + outstanding + unasked; n++)
        {
            var categories = ImmutableList.Create(category(n));
            var born = categories[0] == "under-25" ? people.BornBetween(onDate, 18, 24) : people.BornBetween(onDate, 25, 60);
            var person = people.Next(ukrainians, categories, born);
            if (n <= paired + outstanding)
            {
                requests.Add(RosterEntry.Of(RequestId(exchange, receiver, n), person.Own));
            }
            if (n <= paired || n > paired + outstanding)
            {
                var offer = PersonId(exchange, holder, offers.Count + 1);
                offers.Add(RosterEntry.Of(offer, person.Other));
                if (n <= paired)
                {
                    truth[RequestId(exchange, receiver, n)] = offer;
                }
                else
                {
                    unaskedIds.Add(offer);
                }
            }
        }
        s.Do(new SubmitList(exchange, receiver, ListKind.Request, [.. requests]), DemoActors.Of(receiver));
        s.Do(new SubmitList(exchange, Holder(holder), ListKind.Offer, [.. offers]), DemoActors.Of(Holder(holder)));
        return new DirectionLists(holder, truth, unaskedIds);
    }

    /// <summary>
    /// Runs the matching engine on the direction's lists; the mediator accepts the right candidates and rejects the
    /// others, the receiving party confirms each accepted pair, and accepts the people it did not ask for (and any the
    /// engine missed, whose requests then stay outstanding). Returns who is now in the exchange in this direction.
    /// </summary>
    private static List<string> Reconcile(DemoScript s, string exchange, Side holder, DirectionLists lists, LocalDate on)
    {
        var receiver = DemoActors.Of(Receiver(holder));
        var run = ExchangeReconciliation.Run(s.State, exchange, new ReconcileOptions());
        var candidates = run.Candidates.Where(c => s.State.Exchanges[exchange].Persons[c.Right].Side == holder).ToImmutableList();
        s.Do(new RecordMatchCandidates(exchange, candidates, ExchangeReconciliation.EngineVersion), DemoActors.Mediator);
        var matched = new List<string>();
        foreach (var candidate in candidates)
        {
            var right = lists.Truth.GetValueOrDefault(candidate.Left) == candidate.Right;
            if (right && s.State.MatchingOf(exchange).AcceptedPairOf(candidate.Left) is null)
            {
                s.Do(new DecideMatch(exchange, candidate.Left, candidate.Right, MatchVerdict.Accept,
                    candidate.Decision == CandidateDecision.Match ? "the engine's match, checked against both lists" : "checked by the mediator: the same person in both lists",
                    On(on, 11)), DemoActors.Mediator);
                s.Do(new ConfirmMatch(exchange, candidate.Left, candidate.Right, ConfirmationVerdict.Confirm, At: On(on, 16)), receiver);
                matched.Add(candidate.Right);
            }
            else if (!right)
            {
                s.Do(new DecideMatch(exchange, candidate.Left, candidate.Right, MatchVerdict.Reject, "not the person asked for", On(on, 11)), DemoActors.Mediator);
            }
        }
        var byHand = lists.Truth.Values.Except(matched).Concat(lists.Unasked).Order(StringComparer.Ordinal).ToImmutableList();
        if (byHand.Count > 0)
        {
            s.Do(new MovePersons(exchange, Movement.Match, byHand, At: On(on.PlusDays(1), 10)), receiver);
        }
        return [.. matched.Concat(byHand).Order(StringComparer.Ordinal)];
    }

    /// <summary>The verifier sees everyone: some decline (their right), some cannot be seen in time; the rest are verified.</summary>
    private static List<string> Interview(DemoScript s, string exchange, List<string> people, int declined, int notSeen, LocalDate on)
    {
        var verifier = DemoActors.Verifier;
        var declining = people.Where((_, i) => i % 97 == 50).Take(declined).ToImmutableList();
        var unseen = people.Except(declining).Where((_, i) => i % 89 == 30).Take(notSeen).ToImmutableList();
        var confirmed = people.Except(declining).Except(unseen).ToImmutableList();
        s.Do(new RecordInterview(exchange, confirmed, InterviewOutcome.Confirmed, At: On(on, 10)), verifier);
        if (declining.Count > 0)
        {
            s.Do(new RecordInterview(exchange, declining, InterviewOutcome.Declined, "does not consent to return", On(on, 11)), verifier);
        }
        if (unseen.Count > 0)
        {
            s.Do(new RecordInterview(exchange, unseen, InterviewOutcome.NotInterviewed, "in hospital; to be seen again", On(on, 12)), verifier);
        }
        return [.. confirmed];
    }

    /// <summary>
    /// Takes both directions' people through a stage on its date: the mediator schedules them the day before, each
    /// holding party releases its own at 12:00 and each receiving party confirms receipt at 15:00 (Kyiv time), and the
    /// mediator closes the stage at 18:00. The facts give the dates only; the hours are illustrative.
    /// </summary>
    private static void Walk(DemoScript s, string exchange, string stage, LocalDate date, List<string> fromA, List<string> fromB, bool release, bool close)
    {
        s.Do(new MovePersons(exchange, Movement.Schedule, [.. fromA, .. fromB], stage, At: On(date.PlusDays(-1), 10)), DemoActors.Mediator);
        if (release)
        {
            foreach (var (holder, ids) in new[] { (Side.A, fromA), (Side.B, fromB) })
            {
                s.Do(new MovePersons(exchange, Movement.Release, [.. ids], stage, At: On(date, 12)), DemoActors.Of(Holder(holder)));
                s.Do(new MovePersons(exchange, Movement.Receive, [.. ids], At: On(date, 15)), DemoActors.Of(Receiver(holder)));
            }
        }
        if (close)
        {
            s.Do(new CloseStage(exchange, stage, On(date, 18)), DemoActors.Mediator);
        }
    }

    private static int Term(DemoScript s, string exchange, string person) => s.State.Exchanges[exchange].Persons[person].Term;

    private static string Holder(Side side) => side == Side.A ? "RU" : "UA";

    private static string Receiver(Side side) => side == Side.A ? "UA" : "RU";

    private static Instant On(LocalDate date, int hour) =>
        date.At(new LocalTime(hour, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Kyiv"]).ToInstant();
}
