using NodaTime;
using Parley.Core;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.State;

namespace Parley.Server.Views;

/// <summary>One entry of a list as its reader sees it: id, where it stands, its term (1-based) and what the party wrote.</summary>
public sealed record ListEntry(string Id, string Status, int? Term, string? Stage, PersonDetails? Details);

/// <summary>
/// One list of a direction: how many entries, how many in each status, and the entries themselves for a caller who may
/// see people (null otherwise: counts only).
/// </summary>
public sealed record ListView(string Party, int Count, IReadOnlyDictionary<string, int> Statuses, IReadOnlyList<ListEntry>? Entries);

/// <summary>One direction (people held by <see cref="From"/>, going home to <see cref="To"/>) and its two lists.</summary>
public sealed record DirectionView(Side Holder, string From, string To, ListView Requests, ListView Offers, int Outstanding);

/// <summary>A mediator's ruling on a pair: the verdict, who (role and credential) and when. The reason stays private.</summary>
public sealed record RulingView(MatchVerdict Verdict, string By, Instant At);

/// <summary>The receiving party's answer to the mediator's latest acceptance.</summary>
public sealed record ConfirmationView(ConfirmationVerdict Verdict, string By, Instant At);

/// <summary>
/// A candidate pair: the request and the offered person with what each list wrote, the engine's score and evidence, every
/// ruling, the receiving party's answer, and <see cref="State"/>: awaiting-decision, rejected, awaiting-confirmation,
/// confirmed or refused.
/// </summary>
public sealed record CandidateView(
    string Request, string Offer, Side Holder, string Direction, double Score, CandidateDecision EngineDecision, string State,
    PersonDetails RequestDetails, PersonDetails OfferDetails, IReadOnlyList<EvidenceRow> Evidence,
    IReadOnlyList<RulingView> Decisions, ConfirmationView? Confirmation);

/// <summary>One interview: the outcome, the verifier, when, and the note (private to the verifier and the mediator).</summary>
public sealed record InterviewView(Core.Exchanges.InterviewOutcome Outcome, string By, Instant At, string? Note);

/// <summary>A person the verifier must see (matched, verified, scheduled, or declined), with the interviews so far.</summary>
public sealed record InterviewPerson(string Person, Side Holder, string Direction, string Status, string? Stage, PersonDetails? Details, IReadOnlyList<InterviewView> Interviews);

/// <summary>Builds what a caller sees of an exchange (<see cref="ExchangeAccess"/>).</summary>
public static class ExchangeViews
{
    public static IReadOnlyList<DirectionView> Lists(ExchangeAccess access)
    {
        var x = access.Exchange;
        return [.. new[] { Side.A, Side.B }.Select(holder => new DirectionView(holder, x.PartyOf(holder), x.ReceiverOf(holder),
            List(access, x.ReceiverOf(holder), x.Requests.Values.Where(r => r.Side == holder)
                .Select(r => new ListEntry(r.Id, r.Status.ToWord(), r.Term + 1, null, r.Details))),
            List(access, x.PartyOf(holder), x.Persons.Values.Where(p => p.Side == holder)
                .Select(p => new ListEntry(p.Id, p.Status.ToWord(), p.Term + 1, p.StageId, p.Details))),
            x.Outstanding(holder)))];
    }

    private static ListView List(ExchangeAccess access, string party, IEnumerable<ListEntry> entries)
    {
        var all = entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var statuses = all.GroupBy(e => e.Status, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new ListView(party, all.Count, statuses, access.SeesLists ? all : null);
    }

    /// <summary>The candidates the caller may see, best score first; <paramref name="engine"/> gives the engine's own evidence when it has it.</summary>
    public static IReadOnlyList<CandidateView> Candidates(ExchangeAccess access, ParleyState state,
        Func<PairKey, IReadOnlyList<Matching.Reconciliation.FieldEvidence>?> engine)
    {
        var x = access.Exchange;
        var matching = state.MatchingOf(x.Id);
        var views = new List<CandidateView>();
        foreach (var (key, pair) in matching.Pairs)
        {
            if (x.Requests.GetValueOrDefault(key.Left) is not { Details: not null } request || x.Persons.GetValueOrDefault(key.Right) is not { Details: not null } person
                || !access.SeesCandidatesOf(person.Side))
            {
                continue;
            }
            views.Add(new CandidateView(request.Id, person.Id, person.Side, access.DirectionName(person.Side), pair.Candidate.Score,
                pair.Candidate.Decision, StateOf(pair), request.Details, person.Details,
                CandidateEvidence.Of(request.Details, person.Details, pair.Candidate.Evidence, engine(key)),
                [.. pair.Rulings.Select(r => new RulingView(r.Verdict, r.By, r.At))],
                pair.Confirmation is { } c ? new ConfirmationView(c.Verdict, c.By, c.At) : null));
        }
        return [.. views.OrderByDescending(v => v.Score).ThenBy(v => v.Request, StringComparer.Ordinal).ThenBy(v => v.Offer, StringComparer.Ordinal)];
    }

    public static string StateOf(CandidatePair pair) =>
        pair.AwaitsDecision ? "awaiting-decision"
        : !pair.IsAccepted ? "rejected"
        : pair.Confirmation is null ? "awaiting-confirmation"
        : pair.Confirmation.Verdict == ConfirmationVerdict.Confirm ? "confirmed"
        : "refused";

    /// <summary>The people the verifier must see: matched (to interview), verified or scheduled (may still decline), declined.</summary>
    public static IReadOnlyList<InterviewPerson> Interviews(ExchangeAccess access, InterviewJournal journal)
    {
        var x = access.Exchange;
        return [.. x.Persons.Values
            .Where(p => p.Status is PersonStatus.Matched or PersonStatus.Verified or PersonStatus.Scheduled or PersonStatus.Declined)
            .OrderBy(p => p.Status != PersonStatus.Matched).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new InterviewPerson(p.Id, p.Side, access.DirectionName(p.Side), p.Status.ToWord(), p.StageId, p.Details,
                [.. journal.Of(x.Id, p.Id).Select(i => new InterviewView(i.Outcome, i.Actor?.ToString() ?? "unknown", i.At, i.Note?.Text))]))];
    }
}
