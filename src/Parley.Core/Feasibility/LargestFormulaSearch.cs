using NodaTime;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// Finds the largest N of a template. Now: every N from the most people a side holds down to 1 is checked exactly, so
/// templates where a larger N can help (an exact term feeding a floor) are answered right too. By a date: a binary
/// search on the forecast's share of runs fulfilled by then, which assumes that more people never take less time (true
/// when N only sets how many must go); every N tried runs the same seeded runs, so their outcomes are comparable.
/// </summary>
internal static class LargestFormulaSearch
{
    /// <summary>
    /// The largest N on <paramref name="counts"/>: the lists attributed to the template's terms (categories do not
    /// depend on N, so once, at any N); <paramref name="partyA"/> and <paramref name="partyB"/> name the sides.
    /// </summary>
    public static LargestFormula Find(FormulaTemplate template, ListCounts counts, string partyA, string partyB, ExchangeActivity activity, ForecastSettings settings, DateTimeZone zone, bool whatIf)
    {
        var onLists = Largest(template, counts, Readiness.Offered);
        var readyNow = Largest(template, counts, Readiness.Verified);
        var above = onLists is { } n ? (n < Quantity.MaxCount ? n + 1 : (int?)null) : 1;
        string? limit = null;
        if (above is { } next)
        {
            var formula = template.With(next);
            var verdict = FeasibilityCheck.Evaluate(formula, counts, Readiness.Offered);
            if (verdict.Binding is { } binding)
            {
                limit = $"at N = {next:N0} ({formula}): {ConstraintSentence.Of(binding, Readiness.Offered, formula, partyA, partyB, counts)}";
            }
        }
        var (likely, almostSurely, note) = settings.By is { } by && onLists is { } most
            ? ByDate(template, counts, partyA, partyB, activity, settings, zone, whatIf, by, most)
            : (null, null, settings.By is null ? null : "nothing can be carried even now");
        return new LargestFormula(template.Text, onLists, onLists is { } m ? template.With(m).ToString() : null, limit, readyNow, settings.By, likely, almostSurely, note);
    }

    private static int? Largest(FormulaTemplate template, ListCounts counts, Readiness readiness)
    {
        var most = Math.Max(counts.Total(Side.A).Available(readiness), counts.Total(Side.B).Available(readiness));
        for (var n = Math.Min(most, Quantity.MaxCount); n >= 1; n--)
        {
            if (FeasibilityCheck.IsFeasible(template.With(n), counts, readiness))
            {
                return n;
            }
        }
        return null;
    }

    private static (int? Likely, int? AlmostSurely, string? Note) ByDate(
        FormulaTemplate template, ListCounts counts, string partyA, string partyB, ExchangeActivity activity, ForecastSettings settings,
        DateTimeZone zone, bool whatIf, LocalDate by, int most)
    {
        if (activity.AsOfDate(zone) is not { } asOf)
        {
            return (null, null, "nothing dated has happened in this exchange yet, so there is no pace to go on");
        }
        var day = Period.DaysBetween(asOf, by);
        var shares = new Dictionary<int, double>();
        string? missing = null;
        double Share(int n)
        {
            if (!shares.TryGetValue(n, out var share))
            {
                var formula = template.With(n);
                var question = new ForecastQuestion(formula, counts, FeasibilityCheck.Evaluate(formula, counts, Readiness.Offered), activity, settings, zone,
                    partyA, partyB, whatIf);
                var (plan, _, gaps) = ForecastModel.Plan(question, asOf);
                if (plan is null)
                {
                    missing ??= string.Join("; ", gaps);
                    share = 0;
                }
                else
                {
                    share = ForecastSimulation.Run(plan, settings.Runs, settings.Seed, day).ShareBy(day);
                }
                shares[n] = share;
            }
            return share;
        }
        var likely = Search(most, n => Share(n) >= 0.5);
        var almostSurely = missing is null ? Search(likely ?? 0, n => Share(n) >= 0.9) : null;
        return missing is not null ? (null, null, missing) : (likely, almostSurely, null);
    }

    /// <summary>The largest n in [1, most] for which a condition that holds up to some point and not after holds.</summary>
    private static int? Search(int most, Func<int, bool> holds)
    {
        int low = 0, high = most;
        while (low < high)
        {
            var mid = low + (high - low + 1) / 2;
            if (holds(mid))
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }
        return low == 0 ? null : low;
    }
}
