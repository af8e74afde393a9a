using System.Globalization;
using Parley.Matching.Reconciliation;
using Parley.Matching.Records;

namespace Parley.Cli.Reconcile.Report;

/// <summary>
/// The tables a reconciliation writes, as header and rows (the caller picks the file format):
/// <c>matches.csv</c> — <c>left_id,right_id,score,decision,item</c>, one row per pair decided match or review, the
/// score being the match probability to four places, and for a review pair the id of its review item (the rival pairs a
/// reviewer decides together, <see cref="ReviewItems"/>) — and the unmatched records of each side.
/// </summary>
public static class ReconciliationTables
{
    /// <summary>The header of <c>matches.csv</c>, exactly.</summary>
    public static IReadOnlyList<string> MatchesHeader { get; } = ["left_id", "right_id", "score", "decision", "item"];

    /// <summary>
    /// The rows of <c>matches.csv</c>, in left-list order, except that the rows of a review item come together, best first,
    /// where its first pair would be (a reviewer reads one item's rivals side by side). A match row's item is empty.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string?>> Matches(ReconciliationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return MatchRows(result);
    }

    private static IEnumerable<IReadOnlyList<string?>> MatchRows(ReconciliationResult result)
    {
        var items = ReviewItems.Of(result);
        var itemOf = new Dictionary<(int, int), ReviewItem<ScoredPair>>();
        foreach (var item in items)
        {
            foreach (var p in item.Pairs)
            {
                itemOf[(p.Left, p.Right)] = item;
            }
        }
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in result.Pairs)
        {
            if (!itemOf.TryGetValue((p.Left, p.Right), out var item))
            {
                yield return Row(result, p, null);
            }
            else if (written.Add(item.Id))
            {
                foreach (var q in item.Pairs)
                {
                    yield return Row(result, q, item.Id);
                }
            }
        }
    }

    private static IReadOnlyList<string?> Row(ReconciliationResult result, ScoredPair p, string? item) =>
    [
        result.Left[p.Left].Source.Id,
        result.Right[p.Right].Source.Id,
        Score(p.Probability),
        DecisionText(p.Decision),
        item,
    ];

    /// <summary>The left records in no pair, in list order.</summary>
    public static IEnumerable<ListRecord> UnmatchedLeft(ReconciliationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.UnmatchedLeft.Select(i => result.Left[i].Source);
    }

    /// <summary>The right records in no pair, in list order.</summary>
    public static IEnumerable<ListRecord> UnmatchedRight(ReconciliationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.UnmatchedRight.Select(i => result.Right[i].Source);
    }

    /// <summary>A probability as written in the files: four decimal places, invariant culture.</summary>
    public static string Score(double probability) => probability.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>The decision as written in the files: <c>match</c>, <c>review</c> or <c>no-match</c>.</summary>
    public static string DecisionText(Decision decision) => decision switch
    {
        Decision.Match => "match",
        Decision.Review => "review",
        _ => "no-match",
    };
}
