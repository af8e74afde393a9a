using System.Collections.Immutable;
using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>The raw results of a simulation, run by run, in days from the as-of date; summarised into percentiles.</summary>
internal sealed class ForecastOutcome
{
    /// <summary>A day for "never within the horizon".</summary>
    public const int Never = int.MaxValue;

    /// <summary>How many stages to come are kept per run for the outlook of each.</summary>
    public const int StagesKept = 24;

    public ForecastOutcome(int runs, int terms)
    {
        Runs = runs;
        Terms = terms;
        ExchangeDay = new int[runs];
        TermDay = new int[runs * terms];
        StageDay = new int[runs * StagesKept];
        StageCount = new int[runs];
    }

    public int Runs { get; }

    public int Terms { get; }

    public int[] ExchangeDay { get; }

    /// <summary>Per run, per term: <c>run * Terms + term</c>.</summary>
    public int[] TermDay { get; }

    /// <summary>Per run, the day of each of the first <see cref="StagesKept"/> stages to come: <c>run * StagesKept + k</c>.</summary>
    public int[] StageDay { get; }

    public int[] StageCount { get; }

    /// <summary>The share of runs in which the exchange is fulfilled by a day.</summary>
    public double ShareBy(int day) => ExchangeDay.Count(d => d <= day) / (double)Runs;

    public DateRange ExchangeRange(LocalDate asOf) => Range(ExchangeDay, asOf);

    public ImmutableArray<DateRange> TermRanges(LocalDate asOf)
    {
        var ranges = ImmutableArray.CreateBuilder<DateRange>(Terms);
        var days = new int[Runs];
        for (var term = 0; term < Terms; term++)
        {
            for (var run = 0; run < Runs; run++)
            {
                days[run] = TermDay[run * Terms + term];
            }
            ranges.Add(Range(days, asOf));
        }
        return ranges.MoveToImmutable();
    }

    /// <summary>The stages to come that at least a tenth of the runs need, numbered after the stages already held.</summary>
    public ImmutableArray<StageOutlook> StageOutlooks(LocalDate asOf, int heldStages)
    {
        var outlooks = ImmutableArray.CreateBuilder<StageOutlook>();
        for (var k = 0; k < StagesKept; k++)
        {
            var days = new List<int>(Runs);
            for (var run = 0; run < Runs; run++)
            {
                if (StageCount[run] > k)
                {
                    days.Add(StageDay[run * StagesKept + k]);
                }
            }
            var share = days.Count / (double)Runs;
            if (share < 0.1)
            {
                break;
            }
            outlooks.Add(new StageOutlook(heldStages + k + 1, share, Range([.. days], asOf)));
        }
        return outlooks.ToImmutable();
    }

    /// <summary>How many stages are still to come, among the runs that fulfil the exchange; null when none does.</summary>
    public Spread? StagesToCome()
    {
        var counts = Enumerable.Range(0, Runs).Where(run => ExchangeDay[run] != Never).Select(run => StageCount[run]).Order().ToArray();
        return counts.Length == 0 ? null : new Spread(Percentile(counts, 0.1), Percentile(counts, 0.5), Percentile(counts, 0.9));
    }

    private static DateRange Range(int[] days, LocalDate asOf)
    {
        var sorted = days.ToArray();
        Array.Sort(sorted);
        LocalDate? Date(double q) => Percentile(sorted, q) is var day && day == Never ? null : asOf.PlusDays(day);
        var firstNever = Array.IndexOf(sorted, Never);
        var never = firstNever < 0 ? 0 : sorted.Length - firstNever;
        return new DateRange(Date(0.1), Date(0.5), Date(0.9), never / (double)sorted.Length);
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static int Percentile(int[] sorted, double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
