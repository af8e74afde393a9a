using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

// A review item decided at once (docs/reconciliation.md, "Inside an exchange"): one acceptance and its rivals' rejections,
// or a rejection of all, as the events of one command — they are recorded together or not at all.
public static partial class Decider
{
    private static void DecideReviewItem(Context context, DecideReviewItem c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var why = Required(c.Why, "why");
        if (c.Pairs is null || c.Pairs.Count == 0)
        {
            throw new InvalidFieldException("pairs", null, "pairs must name the item's candidate pairs, at least one");
        }
        var at = When(context, c.At);
        var matching = context.State.MatchingOf(exchange.Id);
        var pairs = new List<(Request Request, Person Person, PairKey Key)>();
        for (var i = 0; i < c.Pairs.Count; i++)
        {
            var (request, person) = PairOf(exchange, c.Pairs[i].Left, c.Pairs[i].Right);
            var key = new PairKey(request.Id, person.Id);
            if (pairs.Any(p => p.Key == key))
            {
                throw new InvalidFieldException($"pairs[{i}]", key.ToString(), "a pair is named once per item");
            }
            if (RecordedPair(matching, exchange, request, person).Current is { } current)
            {
                // An item decides the pairs still open; a pair already ruled on is reversed on its own (decide-match).
                throw Violation(MatchRules.Decision,
                    $"the pair {key} is already {Past(current.Verdict)} (by {current.By}); an item decides only pairs that await a decision");
            }
            pairs.Add((request, person, key));
        }
        if (c.Accept is not { } accept)
        {
            foreach (var p in pairs)
            {
                context.Emit(new MatchDecided(exchange.Id, p.Request.Id, p.Person.Id, MatchVerdict.Reject, at, new PrivateNote(why)));
            }
            return;
        }
        var chosen = pairs.FindIndex(p => p.Key == accept);
        if (chosen < 0)
        {
            throw new InvalidFieldException("accept", accept.ToString(), "the pair accepted is one of the item's pairs");
        }
        var (acceptedRequest, acceptedPerson, acceptedKey) = pairs[chosen];
        RequireAcceptable(matching, acceptedRequest, acceptedPerson);
        // A person is one request and one offered person at most: the pairs sharing either are not this person.
        foreach (var p in pairs.Where(p => p.Key != acceptedKey && (p.Key.Left == acceptedKey.Left || p.Key.Right == acceptedKey.Right)))
        {
            context.Emit(new MatchDecided(exchange.Id, p.Request.Id, p.Person.Id, MatchVerdict.Reject, at, new PrivateNote(why)));
        }
        context.Emit(new MatchDecided(exchange.Id, acceptedRequest.Id, acceptedPerson.Id, MatchVerdict.Accept, at, new PrivateNote(why)));
    }
}
