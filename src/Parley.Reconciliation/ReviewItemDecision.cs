using System.Collections.Immutable;
using Parley.Core.Commands;
using Parley.Core.Matching;
using Parley.Core.Rules;
using Parley.Matching.Reconciliation;

namespace Parley.Reconciliation;

/// <summary>
/// A decision on a whole review item from one of its pairs, as the command line takes it (`--accept-item LEFT:RIGHT`,
/// `--reject-item LEFT:RIGHT`): the item is the group of pairs awaiting a decision that share a request or an offered
/// person with it (<see cref="ReviewItems"/>, the grouping the desk shows), decided by one <see cref="DecideReviewItem"/>
/// so that accepting one pair rejects its rivals in the same batch. Pure.
/// </summary>
public static class ReviewItemDecision
{
    /// <summary>
    /// The command that accepts <paramref name="pair"/> and rejects its rivals (<paramref name="accept"/>), or rejects the
    /// whole item it belongs to, among <paramref name="awaiting"/>, the exchange's candidate pairs awaiting a decision.
    /// </summary>
    /// <exception cref="InvalidFieldException">When <paramref name="pair"/> is not one of them.</exception>
    public static DecideReviewItem Of(string exchange, IEnumerable<MatchCandidate> awaiting, (string Left, string Right) pair, bool accept, string why)
    {
        var item = ReviewItems.Group(awaiting, c => c.Left, c => c.Right, c => c.Score)
            .FirstOrDefault(i => i.Pairs.Any(c => c.Left == pair.Left && c.Right == pair.Right))
            ?? throw new InvalidFieldException("pair", $"{pair.Left}:{pair.Right}",
                $"an item is decided from one of its pairs awaiting a decision, and exchange '{exchange}' has no such candidate pair (decided already, or never recorded)");
        return new DecideReviewItem(exchange, [.. item.Pairs.Select(c => new PairKey(c.Left, c.Right))],
            accept ? new PairKey(pair.Left, pair.Right) : null, why);
    }

    /// <summary>The candidate pairs of <paramref name="matching"/> awaiting a decision.</summary>
    public static ImmutableList<MatchCandidate> Awaiting(ExchangeMatching matching) =>
        [.. matching.Pairs.Values.Where(p => p.AwaitsDecision).Select(p => p.Candidate)];
}
