namespace Parley.Core.Feasibility;

/// <summary>What a <see cref="Constraint"/> asks of one side.</summary>
public enum ConstraintKind
{
    /// <summary>The side holds enough people under a term for the term's number (<c>N</c> or <c>at least N</c>).</summary>
    TermQuantity,

    /// <summary>
    /// Under a balanced <c>at least N for at least N</c> the two sides release the same number, so a side must hold as
    /// many as the other side has already released under the term.
    /// </summary>
    Parity,

    /// <summary>Under an exact <c>N</c> the side has not already released more than N (a what-if can find it has).</summary>
    ExactCap,

    /// <summary>The most the side can release across all terms reaches the <c>at least N in total</c> floor.</summary>
    Floor,
}
