using Parley.Matching.Blocking;
using Parley.Matching.Reconciliation;

namespace Parley.Bench.Matching;

/// <summary>Asks the engine's own blocking whether a pair of a finished reconciliation was among its candidate pairs.</summary>
internal static class BlockingProbe
{
    public static Func<int, int, bool> Of(ReconciliationResult result)
    {
        var index = new CandidateIndex(result.Right, new SpellingNeighbours(result.Left, result.Right));
        var scratch = index.NewScratch();
        var found = new List<int>();
        var stamp = 0;
        return (left, right) =>
        {
            found.Clear();
            index.Candidates(result.Left[left], scratch, ++stamp, found);
            return found.Contains(right);
        };
    }
}
