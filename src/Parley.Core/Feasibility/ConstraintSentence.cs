using System.Globalization;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// Says a <see cref="Constraint"/> in one plain sentence, with the side's party, the term and the counts:
/// "side A (RU) has 1,245 people on its offer list under term 1 (1300 for 1300), 55 short of the 1,300 it must release".
/// </summary>
public static class ConstraintSentence
{
    public static string Of(Constraint constraint, Readiness readiness, ExchangeFormula formula, string partyA, string partyB, ListCounts counts)
    {
        Preconditions.CheckNotNull(constraint);
        Preconditions.CheckNotNull(formula);
        Preconditions.CheckNotNull(counts);
        var side = $"side {constraint.Side} ({(constraint.Side == Side.A ? partyA : partyB)})";
        var other = constraint.Side == Side.A ? $"side B ({partyB})" : $"side A ({partyA})";
        var term = constraint.Term is { } t ? $"term {t + 1} ({formula.Terms[t]})" : "";
        var margin = Margin(constraint);
        return constraint.Kind switch
        {
            ConstraintKind.TermQuantity =>
                $"{side} has {N(constraint.Have)} {readiness.Describe()} under {term}, {margin} the {N(constraint.Need)} it must release{NotOffered(constraint, readiness, counts)}",
            ConstraintKind.Parity =>
                $"{side} has {N(constraint.Have)} {readiness.Describe()} under {term}, {margin} the {N(constraint.Need)} {other} has already released under this balanced term",
            ConstraintKind.ExactCap =>
                $"{side} has already released {N(constraint.Need)} under {term}, more than the {N(constraint.Have)} it may",
            ConstraintKind.Floor =>
                $"{side} can release at most {N(constraint.Have)} in total under the terms, counting {readiness.Describe()}, {margin} the floor of at least {N(constraint.Need)} in total",
            _ => throw new ArgumentOutOfRangeException(nameof(constraint), constraint.Kind, "the constraint's kind must be defined."),
        };
    }

    private static string Margin(Constraint c) => c.Slack switch
    {
        < 0 => $"{N(-c.Slack)} short of",
        0 => "exactly",
        _ => $"{N(c.Slack)} more than",
    };

    /// <summary>When people are missing from the offer list, how many the receiving side has asked for that were not offered.</summary>
    private static string NotOffered(Constraint c, Readiness readiness, ListCounts counts)
    {
        if (c.Met || readiness == Readiness.Asked || c.Term is not { } term || counts[term, c.Side].Outstanding == 0)
        {
            return "";
        }
        return $" ({N(counts[term, c.Side].Outstanding)} more are asked of it but not offered)";
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
