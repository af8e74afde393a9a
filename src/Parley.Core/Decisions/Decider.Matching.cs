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
            var left = FindPerson(exchange, candidate.Left);
            var right = FindPerson(exchange, candidate.Right);
            RequireSide(exchange, left, Side.A, "left");
            RequireSide(exchange, right, Side.B, "right");
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
            if (!seen.Add(new PairKey(left.Id, right.Id)))
            {
                throw new InvalidFieldException(field, $"{left.Id}:{right.Id}", "a pair is named once per run");
            }
            candidates.Add(candidate with { Left = left.Id, Right = right.Id, Score = Math.Round(candidate.Score, 4) });
        }
        context.Emit(new MatchCandidatesRecorded(exchange.Id, candidates.ToImmutable(), engine));
    }

    private static void DecideMatch(Context context, DecideMatch c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var left = FindPerson(exchange, c.Left);
        var right = FindPerson(exchange, c.Right);
        var by = Required(c.By, "by");
        var why = Required(c.Why, "why");
        if (!Enum.IsDefined(c.Verdict))
        {
            throw new InvalidFieldException("verdict", c.Verdict, "a decision is accept or reject");
        }
        var at = When(context, c.At);
        var matching = context.State.MatchingOf(exchange.Id);
        var pair = matching.Pair(left.Id, right.Id)
            ?? throw Violation(MatchRules.Decision,
                $"'{left.Id}' and '{right.Id}' are not a recorded candidate pair of exchange '{exchange.Id}' (run `parley reconcile --exchange {exchange.Id}` first)");
        var key = new PairKey(left.Id, right.Id);
        if (pair.Current is { } current && current.Verdict == c.Verdict)
        {
            throw Violation(MatchRules.Decision,
                $"the pair {key} is already {Past(current.Verdict)} (by {current.By}); a decision is recorded once, and only a reversal is a new one");
        }
        if (c.Verdict == MatchVerdict.Accept)
        {
            foreach (var person in new[] { left, right })
            {
                if (matching.AcceptedPairOf(person.Id) is { } other)
                {
                    throw Violation(MatchRules.Decision,
                        $"person '{person.Id}' already has an accepted match, {other}; reject it first to accept another");
                }
                if (person.Status is not (PersonStatus.Listed or PersonStatus.Matched))
                {
                    throw Violation(MatchRules.Decision,
                        $"person '{person.Id}' is {person.Status.ToWord()}; only a listed or matched person can be given a match");
                }
            }
        }
        else if (pair.IsAccepted)
        {
            foreach (var person in new[] { left, right })
            {
                if (person.Status is not (PersonStatus.Listed or PersonStatus.Matched))
                {
                    throw Violation(MatchRules.Decision,
                        $"person '{person.Id}' is {person.Status.ToWord()}; an accepted match cannot be rejected once a person is verified or beyond");
                }
            }
        }
        context.Emit(new MatchDecided(exchange.Id, left.Id, right.Id, c.Verdict, by, at, new PrivateNote(why)));
        if (c.Verdict == MatchVerdict.Accept)
        {
            foreach (var person in new[] { left, right })
            {
                if (person.Status == PersonStatus.Listed)
                {
                    context.Emit(new PersonMoved(exchange.Id, person.Id, PersonStatus.Matched, null, at, null));
                }
            }
        }
    }

    private static void RequireSide(Exchange exchange, Person person, Side side, string role)
    {
        if (person.Side != side)
        {
            throw Violation(MatchRules.Candidates,
                $"person '{person.Id}' is on side {person.Side}'s roster ({exchange.PartyOf(person.Side)}); a candidate's {role} person is on side {side}'s ({exchange.PartyOf(side)})");
        }
    }

    private static string Past(MatchVerdict verdict) => verdict == MatchVerdict.Accept ? "accepted" : "rejected";
}
