using Parley.Matching.Reconciliation;

namespace Parley.Matching.Tests.Reconciliation;

internal static class ResultExtensions
{
    /// <summary>The decision on the pair (left id, right id): the assigned pair's decision, or no match.</summary>
    public static Decision DecisionOf(this ReconciliationResult result, string leftId, string rightId) =>
        result.Pairs.Where(p => result.Left[p.Left].Source.Id == leftId && result.Right[p.Right].Source.Id == rightId)
            .Select(p => p.Decision)
            .FirstOrDefault(Decision.NoMatch);

    /// <summary>The right id paired with a left id, and the decision; null if the left record is unmatched.</summary>
    public static (string RightId, Decision Decision)? PairOf(this ReconciliationResult result, string leftId) =>
        result.Pairs.Where(p => result.Left[p.Left].Source.Id == leftId)
            .Select(p => ((string, Decision)?)(result.Right[p.Right].Source.Id, p.Decision))
            .FirstOrDefault();
}
