using System.Globalization;

namespace Parley.Bench.Matching;

/// <summary>
/// One generator at one size under several seeds (<c>matching accuracy --seeds 5</c>): each seed's headline figures,
/// the same figures pooled, and the per-class recall pooled over the seeds with its Wilson 95 % interval. A class row of
/// twenty pairs is a noisy estimate; five seeds give it five times the pairs, and the interval says how far it can
/// still stray. For reporting beside the single-seed table, not in its place: the issue's bar is read on one seed.
/// </summary>
internal sealed class SeedPool
{
    private readonly List<(int Seed, Scorecard Card)> _cards = [];

    /// <summary>The seeds an accuracy run uses: <c>--seeds N</c> is N seeds from <paramref name="first"/> up, <c>--seeds 7,8,12</c> those seeds; absent, the one seed.</summary>
    public static IReadOnlyList<int> Seeds(string[] args, int first)
    {
        var text = MatchingBench.Option(args, "--seeds");
        if (text is null)
        {
            return [first];
        }
        if (text.Contains(',', StringComparison.Ordinal))
        {
            return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
        }
        var count = int.Parse(text, CultureInfo.InvariantCulture);
        return count < 1 ? throw new ArgumentException($"--seeds takes a count of at least 1 or a list of seeds, not {text}.") : [.. Enumerable.Range(first, count)];
    }

    public void Add(int seed, Scorecard card) => _cards.Add((seed, card));

    /// <summary>The headline per seed and pooled, then the pooled class table (every row with <paramref name="all"/>, else the rows below 0.95 and the worst).</summary>
    public void Print(TextWriter output, string generator, int people, bool all)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"=== {generator}: {people:N0} people, seeds {string.Join(", ", _cards.Select(c => c.Seed))}: headline per seed and pooled"));
        output.WriteLine($"{"seed",8} {"true",7} {"match P",8} {"match R",8} {"F1",7} {"found R",8} {"block R",8} {"never",6} {"candidates",11} {"review items",13} {"false",6} {"rows < .95",11}");
        foreach ((var seed, var card) in _cards)
        {
            var rows = card.Classes.Where(c => c.Size is 1 or 2).ToList();
            Headline(output, seed.ToString(CultureInfo.InvariantCulture), card.TruePairs, card.MatchesTrue, card.Matches, card.MatchesTrue + card.ReviewsTrue, card.Blocked, card.CandidatePairs, card.ReviewItemCount,
                $"{rows.Count(c => c.Recall < 0.95)} of {rows.Count}");
        }
        var pooled = PooledRows();
        var bar = pooled.Where(r => r.Size is 1 or 2).ToList();
        Headline(output, "pooled", _cards.Sum(c => c.Card.TruePairs), _cards.Sum(c => c.Card.MatchesTrue), _cards.Sum(c => c.Card.Matches),
            _cards.Sum(c => c.Card.MatchesTrue + c.Card.ReviewsTrue), _cards.Sum(c => c.Card.Blocked), _cards.Sum(c => c.Card.CandidatePairs), _cards.Sum(c => c.Card.ReviewItemCount),
            $"{bar.Count(r => r.Recall < 0.95)} of {bar.Count}");

        output.WriteLine();
        output.WriteLine("Recall per error class (alone, and in pairs) pooled over the seeds, worst first; '< 0.95': the pooled recall is below; 'whole interval < 0.95': beyond sampling error");
        output.WriteLine($"{"classes",-64} {"pairs",6} {"found",6} {"recall",7} {"95 % interval",14} {"seeds below",12}");
        var shown = 0;
        foreach (var row in pooled)
        {
            var below = row.Size > 0 && row.Recall < 0.95;
            if (!all && !below && shown >= 12)
            {
                break;
            }
            shown++;
            (var low, var high) = WilsonInterval.Of(row.Found, row.Truth);
            var mark = !below ? "" : high < 0.95 ? "  < 0.95, whole interval < 0.95" : "  < 0.95";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Name,-64} {row.Truth,6} {row.Found,6} {row.Recall,7:0.000} {$"{low:0.000}–{high:0.000}",14} {$"{row.SeedsBelow} of {row.SeedsPresent}",12}{mark}"));
        }
        var belowRows = bar.Where(r => r.Recall < 0.95).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"... {bar.Count} rows (classes alone and pairs of classes; {bar.Min(r => r.Truth)} to {bar.Max(r => r.Truth)} pairs, median {bar.Select(r => r.Truth).Order().ElementAt(bar.Count / 2)}): "
            + $"{belowRows.Count} below 0.95, {belowRows.Count(r => WilsonInterval.Of(r.Found, r.Truth).High < 0.95)} of them with the whole interval below 0.95; "
            + $"{bar.Count(r => r.Recall >= 0.95 && WilsonInterval.Of(r.Found, r.Truth).Low < 0.95)} rows at or above 0.95 whose interval reaches below it"));
    }

    private static void Headline(TextWriter output, string seed, int truePairs, int matchesTrue, int matches, int found, int blocked, long candidates, int reviewItems, string rowsBelow)
    {
        double p = Ratio(matchesTrue, matches), r = Ratio(matchesTrue, truePairs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{seed,8} {truePairs,7:N0} {p,8:0.0000} {r,8:0.0000} {(p + r == 0 ? 0 : 2 * p * r / (p + r)),7:0.0000} {Ratio(found, truePairs),8:0.0000} {Ratio(blocked, truePairs),8:0.0000} {truePairs - blocked,6} "
            + $"{candidates,11:N0} {$"{reviewItems:N0} = {Ratio(reviewItems, truePairs):P2}",13} {matches - matchesTrue,6} {rowsBelow,11}"));
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private List<PooledRow> PooledRows()
    {
        var rows = new Dictionary<string, PooledRow>(StringComparer.Ordinal);
        foreach ((_, var card) in _cards)
        {
            foreach (var c in card.Classes)
            {
                if (!rows.TryGetValue(c.Name, out var row))
                {
                    rows[c.Name] = row = new PooledRow(c.Name, c.Size);
                }
                row.Truth += c.Truth;
                row.Found += c.Found;
                row.SeedsPresent++;
                row.SeedsBelow += c.Recall < 0.95 ? 1 : 0;
            }
        }
        return [.. rows.Values.OrderBy(r => r.Recall).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    private sealed class PooledRow(string name, int size)
    {
        public string Name { get; } = name;

        public int Size { get; } = size;

        public int Truth { get; set; }

        public int Found { get; set; }

        /// <summary>Seeds whose data set has the row at all, and those of them whose own recall of the row is below 0.95.</summary>
        public int SeedsPresent { get; set; }

        public int SeedsBelow { get; set; }

        public double Recall => (double)Found / Math.Max(1, Truth);
    }
}
