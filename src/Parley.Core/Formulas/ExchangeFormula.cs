using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Parley.Core.Formulas;

/// <summary>
/// An agreement's exchange terms, parsed from formula text such as
/// <c>all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total</c>.
/// Immutable and validated: at least one term; no category in two terms; at most one term without categories;
/// an optional floor on what each side releases in total across all terms. Equality is by value.
/// The grammar and the semantics are in <c>docs/formula.md</c>.
/// </summary>
public sealed record ExchangeFormula
{
    public ExchangeFormula(ImmutableArray<ExchangeTerm> Terms, int? TotalFloorEachSide = null)
    {
        Preconditions.CheckArgument(!Terms.IsDefault && !Terms.IsEmpty, nameof(Terms), "Terms must hold at least one term.");
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var catchAlls = 0;
        foreach (var term in Terms)
        {
            Preconditions.CheckArgument(term is not null, nameof(Terms), "Terms must not hold a null term.");
            foreach (var category in term.Categories)
            {
                Preconditions.CheckArgument(claimed.Add(category), nameof(Terms), $"Terms must not share a category; '{category}' is in two terms.");
            }
            catchAlls += term.IsCatchAll ? 1 : 0;
        }
        Preconditions.CheckArgument(catchAlls <= 1, nameof(Terms), "Terms may include at most one term without categories, since a second could never be attributed anyone.");
        if (TotalFloorEachSide is { } floor)
        {
            Preconditions.CheckRange(floor, 1, Quantity.MaxCount, nameof(TotalFloorEachSide));
        }
        this.Terms = Terms;
        this.TotalFloorEachSide = TotalFloorEachSide;
    }

    /// <summary>The terms, in the order written.</summary>
    public ImmutableArray<ExchangeTerm> Terms { get; }

    /// <summary>The agreement-wide floor: each side releases at least this many in total across all terms; null if none.</summary>
    public int? TotalFloorEachSide { get; }

    /// <summary>Parses formula text; keywords are case-insensitive and categories are normalised to lower case.</summary>
    /// <exception cref="FormulaSyntaxException">The text is not a valid formula; the exception says where and why.</exception>
    public static ExchangeFormula Parse(string text) => FormulaParser.Parse(Preconditions.CheckNotNull(text));

    /// <summary>Parses formula text, returning the error instead of throwing it.</summary>
    public static bool TryParse(
        string text,
        [NotNullWhen(true)] out ExchangeFormula? formula,
        [NotNullWhen(false)] out FormulaSyntaxException? error)
    {
        Preconditions.CheckNotNull(text);
        try
        {
            formula = FormulaParser.Parse(text);
            error = null;
            return true;
        }
        catch (FormulaSyntaxException e)
        {
            formula = null;
            error = e;
            return false;
        }
    }

    /// <summary>
    /// The index of the term a person with these categories is attributed to: the first term listing one of the
    /// person's categories (compared ignoring case); otherwise the term without categories; otherwise null (the person
    /// falls under no term).
    /// </summary>
    public int? TermIndexFor(IEnumerable<string> personCategories)
    {
        var categories = Preconditions.CheckNotNull(personCategories).ToList();
        int? catchAll = null;
        for (var i = 0; i < Terms.Length; i++)
        {
            var term = Terms[i];
            if (term.IsCatchAll)
            {
                catchAll ??= i;
            }
            else if (categories.Exists(term.ListsCategory))
            {
                return i;
            }
        }
        return catchAll;
    }

    /// <summary>Plain-English sentences describing each term and the floor, one per line (for <c>parley formula</c>).</summary>
    public ImmutableArray<string> Explain() => FormulaExplainer.Explain(this);

    public void Deconstruct(out ImmutableArray<ExchangeTerm> Terms, out int? TotalFloorEachSide)
    {
        Terms = this.Terms;
        TotalFloorEachSide = this.TotalFloorEachSide;
    }

    public bool Equals(ExchangeFormula? other) =>
        other is not null && TotalFloorEachSide == other.TotalFloorEachSide && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(TotalFloorEachSide);
        foreach (var term in Terms)
        {
            hash.Add(term);
        }
        return hash.ToHashCode();
    }

    /// <summary>The canonical formula text, e.g. <c>1000 for 1000; all for all of a, b; at least 1000 in total</c>.</summary>
    public override string ToString()
    {
        var clauses = Terms.Select(t => t.ToString());
        if (TotalFloorEachSide is { } floor)
        {
            clauses = clauses.Append($"at least {floor.ToString(System.Globalization.CultureInfo.InvariantCulture)} in total");
        }
        return string.Join("; ", clauses);
    }
}
