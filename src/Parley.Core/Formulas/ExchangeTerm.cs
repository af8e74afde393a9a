using System.Collections.Immutable;

namespace Parley.Core.Formulas;

/// <summary>
/// One term of an exchange: what side A releases for what side B releases, among the persons in
/// <see cref="Categories"/>. Empty categories mean the term applies to anyone not claimed by a term with categories.
/// Immutable and validated; equality is by value, including the order of the categories.
/// </summary>
public sealed record ExchangeTerm
{
    public ExchangeTerm(Quantity SideA, Quantity SideB, ImmutableArray<string> Categories)
    {
        this.SideA = Preconditions.CheckNotNull(SideA);
        this.SideB = Preconditions.CheckNotNull(SideB);
        Preconditions.CheckArgument(!Categories.IsDefault, nameof(Categories), "Categories must not be a default (uninitialised) array.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in Categories)
        {
            Preconditions.CheckArgument(
                category is not null && FormulaSyntax.IsCategoryName(category),
                nameof(Categories),
                $"Categories must be valid names ({FormulaSyntax.CategoryRule}); '{category}' is not.");
            Preconditions.CheckArgument(seen.Add(category), nameof(Categories), $"Categories must be distinct; '{category}' is named twice.");
        }
        this.Categories = Categories;
    }

    /// <summary>A term with no categories: it applies to anyone not claimed by a term with categories.</summary>
    public ExchangeTerm(Quantity SideA, Quantity SideB)
        : this(SideA, SideB, ImmutableArray<string>.Empty)
    {
    }

    /// <summary>What the first party named in the exchange releases.</summary>
    public Quantity SideA { get; }

    /// <summary>What the second party named in the exchange releases.</summary>
    public Quantity SideB { get; }

    /// <summary>The categories the term is limited to, in the order written; empty for "anyone else".</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>
    /// Whether both quantities are written the same (<c>N for N</c>, <c>at least N for at least N</c>,
    /// <c>all for all</c>): every stage must then be balanced 1:1.
    /// </summary>
    public bool IsBalanced => SideA == SideB;

    /// <summary>Whether the term has no categories and so applies to anyone not claimed by another term.</summary>
    public bool IsCatchAll => Categories.IsEmpty;

    /// <summary>
    /// Whether a person with these categories may fall under this term: for a term with categories, the person has one
    /// of them (compared ignoring case); a term without categories covers anyone. Which term a person is attributed to
    /// is decided by <see cref="ExchangeFormula.TermIndexFor"/>.
    /// </summary>
    public bool Covers(IEnumerable<string> personCategories)
    {
        Preconditions.CheckNotNull(personCategories);
        return IsCatchAll || personCategories.Any(ListsCategory);
    }

    internal bool ListsCategory(string? category) =>
        category is not null && Categories.Contains(category, StringComparer.OrdinalIgnoreCase);

    public void Deconstruct(out Quantity SideA, out Quantity SideB, out ImmutableArray<string> Categories)
    {
        SideA = this.SideA;
        SideB = this.SideB;
        Categories = this.Categories;
    }

    public bool Equals(ExchangeTerm? other) =>
        other is not null && SideA == other.SideA && SideB == other.SideB && Categories.SequenceEqual(other.Categories, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SideA);
        hash.Add(SideB);
        foreach (var category in Categories)
        {
            hash.Add(category, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <summary>The canonical formula text: <c>1000 for 1000</c>, <c>all for all of severely-wounded, seriously-ill</c>.</summary>
    public override string ToString() =>
        Categories.IsEmpty ? $"{SideA} for {SideB}" : $"{SideA} for {SideB} of {string.Join(", ", Categories)}";
}
