using Parley.Evaluation.Errors;

namespace Parley.Evaluation.Rendering;

/// <summary>A person's records on the requested sides, one per copy, and the classes of each.</summary>
internal sealed class RenderedPerson(
    EvaluationRecord[] left,
    ClassSet[] leftVariations,
    ClassSet leftApplied,
    EvaluationRecord[] right,
    ClassSet[] rightVariations,
    ClassSet rightApplied)
{
    public IReadOnlyList<EvaluationRecord> Left => left;

    public IReadOnlyList<EvaluationRecord> Right => right;

    /// <summary>The classes of the pair (left copy, right copy): both primaries' classes and both copies' changes.</summary>
    public ClassSet PairClasses(int leftCopy, int rightCopy) =>
        leftApplied.Union(rightApplied).Union(leftVariations[leftCopy]).Union(rightVariations[rightCopy]);
}
