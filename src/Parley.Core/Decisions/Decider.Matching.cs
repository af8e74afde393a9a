using System.Collections.Immutable;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

// Matching inside an exchange: the rules are written down in docs/reconciliation.md, "Inside an exchange".
public static partial class Decider
{
    private const int MaxEngineVersionLength = 100;

    private static void RecordMatchCandidates(Context context, RecordMatchCandidates c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var engine = Required(c.EngineVersion, "engineVersion");
        if (engine.Length > MaxEngineVersionLength || !engine.All(char.IsAscii) || engine.Any(char.IsControl))
        {
            throw new InvalidFieldException("engineVersion", engine, $"an engine version is at most {MaxEngineVersionLength} printable ASCII characters");
        }
        if (c.Candidates is null)
        {
            throw new InvalidFieldException("candidates", null, "candidates must be a list (it may be empty)");
        }
        var seen = new HashSet<PairKey>();
        var candidates = ImmutableList.CreateBuilder<MatchCandidate>();
        for (var i = 0; i < c.Candidates.Count; i++)
        {
            var field = $"candidates[{i}]";
            var candidate = c.Candidates[i] ?? throw new InvalidFieldException(field, null, "a candidate must not be empty");
            var (request, person) = PairOf(exchange, candidate.Left, candidate.Right);
            if (!double.IsFinite(candidate.Score) || candidate.Score is < 0 or > 1)
            {
                throw new InvalidFieldException(field + ".score", candidate.Score, "a score is a match probability from 0 to 1");
            }
            if (!Enum.IsDefined(candidate.Decision))
            {
                throw new InvalidFieldException(field + ".decision", candidate.Decision, "a candidate's decision is match or review");
            }
            if (!MatchRules.IsEvidenceDigest(candidate.Evidence))
            {
                // The text is not echoed: it failed because it may hold what must not be public.
                throw Violation(MatchRules.Candidates,
                    $"{field}.evidence is not a digest of comparison levels (lower-case ASCII letters, spaces, ':', ',' and '-', at most {MatchRules.MaxEvidenceLength} characters, such as 'surname: phonetic, dob: exact')");
            }
            if (!seen.Add(new PairKey(request.Id, person.Id)))
            {
                throw new InvalidFieldException(field, $"{request.Id}:{person.Id}", "a pair is named once per run");
            }
            candidates.Add(candidate with { Left = request.Id, Right = person.Id, Score = Math.Round(candidate.Score, 4) });
        }
        if (c.AsOf is { } asOf && (asOf < 0 || asOf > context.State.Version))
        {
            throw new InvalidFieldException("asOf", asOf, $"asOf is a state version the engine read, from 0 to the current {context.State.Version}");
        }
        // A run of thousands of candidates is written as several events, each small enough to be one entry of the public
        // record (c2sp.org/tlog-tiles caps an entry at 64 KiB); together they are the run.
        var all = candidates.ToImmutable();
        for (var start = 0; start == 0 || start < all.Count; start += MatchRules.CandidatesPerEvent)
        {
            context.Emit(new MatchCandidatesRecorded(exchange.Id, all.GetRange(start, Math.Min(MatchRules.CandidatesPerEvent, all.Count - start)), engine) { AsOf = c.AsOf, MoreToFollow = c.MoreToFollow == true ? true : null });
        }
    }

    /// <summary>A request and an offered person of the same direction, or the rule they break.</summary>
    private static (Request Request, Person Person) PairOf(Exchange exchange, string? left, string? right)
    {
        var request = FindRequest(exchange, left);
        var person = FindPerson(exchange, right);
        if (request.Side != person.Side)
        {
            throw Violation(MatchRules.Candidates,
                $"request '{request.Id}' asks {exchange.PartyOf(request.Side)} for a person, but '{person.Id}' is offered by {exchange.PartyOf(person.Side)}; a pair is within one direction");
        }
        return (request, person);
    }

    private static void DecideMatch(Context context, DecideMatch c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var (request, person) = PairOf(exchange, c.Left, c.Right);
        var why = Required(c.Why, "why");
        if (!Enum.IsDefined(c.Verdict))
        {
            throw new InvalidFieldException("verdict", c.Verdict, "a decision is accept or reject");
        }
        var at = When(context, c.At);
        var matching = context.State.MatchingOf(exchange.Id);
        var key = new PairKey(request.Id, person.Id);
        var pair = RecordedPair(matching, exchange, request, person);
        var refused = pair.Confirmation?.Verdict == ConfirmationVerdict.Refuse;
        if (pair.Current is { } current && current.Verdict == c.Verdict && !(refused && c.Verdict == MatchVerdict.Accept))
        {
            throw Violation(MatchRules.Decision,
                $"the pair {key} is already {Past(current.Verdict)} (by {current.By}); a decision is recorded once, and only a reversal is a new one");
        }
        if (c.Verdict == MatchVerdict.Accept)
        {
            RequireAcceptable(matching, request, person);
            context.Emit(new MatchDecided(exchange.Id, request.Id, person.Id, c.Verdict, at, new PrivateNote(why)));
            return;
        }
        if (pair.IsConfirmed && person.Status != PersonStatus.Matched)
        {
            throw Violation(MatchRules.Decision,
                $"person '{person.Id}' is {person.Status.ToWord()}; a confirmed match cannot be rejected once the person is verified or beyond");
        }
        context.Emit(new MatchDecided(exchange.Id, request.Id, person.Id, c.Verdict, at, new PrivateNote(why)));
        if (pair.IsConfirmed)
        {
            // Undoing a confirmed match puts both entries back where they were, in the open.
            context.Emit(new PersonMoved(exchange.Id, person.Id, PersonStatus.Offered, null, at, null));
            context.Emit(new RequestMoved(exchange.Id, request.Id, RequestStatus.Requested, at, null));
        }
    }

    private static void ConfirmMatch(Context context, ConfirmMatch c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var (request, person) = PairOf(exchange, c.Left, c.Right);
        RequireParty(context, c, exchange.ReceiverOf(person.Side), $"the match of '{person.Id}' (going home to {exchange.ReceiverOf(person.Side)})");
        if (!Enum.IsDefined(c.Verdict))
        {
            throw new InvalidFieldException("verdict", c.Verdict, "an answer is confirm or refuse");
        }
        var at = When(context, c.At);
        var pair = context.State.MatchingOf(exchange.Id).Pair(request.Id, person.Id);
        if (pair is not { AwaitsConfirmation: true })
        {
            throw Violation(MatchRules.Decision,
                $"the pair {request.Id}:{person.Id} is not awaiting confirmation (the mediator must accept it first, and it is answered once per acceptance)");
        }
        if (c.Verdict == ConfirmationVerdict.Confirm)
        {
            // Either entry may have moved on its own path since the mediator's acceptance (the person accepted
            // without a request, withdrawn, the request withdrawn): confirming then would pull it back.
            RequireOpen(request, person, " since the pair was accepted", "be confirmed as matched (refuse the pair instead)");
        }
        var why = OptionalNote(c.Why);
        context.Emit(new MatchConfirmed(exchange.Id, request.Id, person.Id, c.Verdict, at, why));
        if (c.Verdict == ConfirmationVerdict.Confirm)
        {
            context.Emit(new RequestMoved(exchange.Id, request.Id, RequestStatus.Matched, at, null));
            context.Emit(new PersonMoved(exchange.Id, person.Id, PersonStatus.Matched, null, at, null));
        }
    }

    /// <summary>The recorded candidate pair of <paramref name="request"/> and <paramref name="person"/>; a decision on any other is refused.</summary>
    private static CandidatePair RecordedPair(ExchangeMatching matching, Exchange exchange, Request request, Person person) =>
        matching.Pair(request.Id, person.Id)
        ?? throw Violation(MatchRules.Decision,
            $"'{request.Id}' and '{person.Id}' are not a recorded candidate pair of exchange '{exchange.Id}' (run `parley reconcile --exchange {exchange.Id}` first)");

    /// <summary>Accepting a pair: neither entry has an accepted pair already, and both are still open (rule 3 of docs/reconciliation.md).</summary>
    private static void RequireAcceptable(ExchangeMatching matching, Request request, Person person)
    {
        foreach (var id in new[] { request.Id, person.Id })
        {
            if (matching.AcceptedPairOf(id) is { } other)
            {
                throw Violation(MatchRules.Decision, $"'{id}' already has an accepted match, {other}; reject it first to accept another");
            }
        }
        RequireOpen(request, person, "", "be given a match");
    }

    /// <summary>A pair is made only of an outstanding request and an offered person: <paramref name="act"/> is refused otherwise.</summary>
    private static void RequireOpen(Request request, Person person, string since, string act)
    {
        if (request.Status != RequestStatus.Requested)
        {
            throw Violation(MatchRules.Decision, $"request '{request.Id}' is {request.Status.ToWord()}{since}; only an outstanding request can {act}");
        }
        if (person.Status != PersonStatus.Offered)
        {
            throw Violation(MatchRules.Decision, $"person '{person.Id}' is {person.Status.ToWord()}{since}; only an offered person can {act}");
        }
    }

    private static string Past(MatchVerdict verdict) => verdict == MatchVerdict.Accept ? "accepted" : "rejected";
}
