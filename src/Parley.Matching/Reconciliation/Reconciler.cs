using System.Collections.Concurrent;
using Parley.Matching.Assignment;
using Parley.Matching.Blocking;
using Parley.Matching.Records;
using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

/// <summary>
/// Matches two lists of people (or a list against itself, for duplicates): prepare every record once, block
/// on script-proof keys, compare each candidate pair field by field, weigh the levels in the Fellegi–Sunter
/// manner, decide match / review / no match, and assign one to one. Pure: no I/O; progress through a callback.
/// </summary>
public static class Reconciler
{
    /// <summary>Reconciles <paramref name="left"/> against <paramref name="right"/>.</summary>
    public static ReconciliationResult Reconcile(
        IReadOnlyList<ListRecord> left,
        IReadOnlyList<ListRecord> right,
        ReconcileOptions? options = null,
        IProgress<ReconcileProgress>? progress = null)
    {
        Preconditions.CheckNotNull(left, nameof(left));
        Preconditions.CheckNotNull(right, nameof(right));
        options ??= ReconcileOptions.Default;
        var preparer = new RecordPreparer();
        PreparedRecord[] l = preparer.PrepareAll(left, n => progress?.Report(new("prepare left", n, left.Count)));
        PreparedRecord[] r = preparer.PrepareAll(right, n => progress?.Report(new("prepare right", n, right.Count)));
        double expected = Math.Max(1, options.ExpectedOverlap * Math.Min(l.Length, r.Length));
        double lambda = Math.Clamp(expected / Math.Max(1.0, (double)l.Length * r.Length), 1e-12, 0.5);
        double[][] u = UEstimator.Estimate(l, r, options.USamples, options.Seed);
        (List<ScoredPair> candidates, long count, int oversized, Func<double, ScoreHistogram> histogram, MatchWeights weights, TermFrequencies frequencies) =
            Score(l, r, u, lambda, options.Thresholds, withinOneList: false, progress);
        progress?.Report(new("assign", 0, candidates.Count));
        (IReadOnlyList<ScoredPair> pairs, MatchWeights first, (MatchWeights[] Weights, TermFrequencies Frequencies)? second) = Assign(candidates, l, r, weights, frequencies, options);
        progress?.Report(new("assign", candidates.Count, candidates.Count));
        return new ReconciliationResult(l, r, pairs, count, oversized, histogram(first.PriorWeight - weights.PriorWeight), first, frequencies, options.Thresholds)
        {
            ResidualWeights = second?.Weights,
            ResidualFrequencies = second?.Frequencies,
        };
    }

    /// <summary>
    /// Finds records of one list that appear to be the same person: every pair (i &lt; j) decided match or
    /// review, with no one-to-one constraint (a person may be listed three times). Group them with
    /// <see cref="DuplicateGroups"/>.
    /// </summary>
    public static ReconciliationResult FindDuplicates(
        IReadOnlyList<ListRecord> records,
        ReconcileOptions? options = null,
        IProgress<ReconcileProgress>? progress = null)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        options ??= ReconcileOptions.Default;
        PreparedRecord[] list = new RecordPreparer().PrepareAll(records, n => progress?.Report(new("prepare", n, records.Count)));
        double pairs = Math.Max(1.0, (double)list.Length * (list.Length - 1) / 2.0);
        double lambda = Math.Clamp(Math.Max(1, options.ExpectedDuplicates * list.Length) / pairs, 1e-12, 0.5);
        double[][] u = UEstimator.Estimate(list, list, options.USamples, options.Seed);
        (List<ScoredPair> found, long count, int oversized, Func<double, ScoreHistogram> histogram, MatchWeights weights, TermFrequencies frequencies) =
            Score(list, list, u, lambda, options.Thresholds, withinOneList: true, progress);
        found = found.Where(p => p.Decision != Decision.NoMatch).ToList();
        found.Sort(static (a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));
        return new ReconciliationResult(list, list, found, count, oversized, histogram(0), weights, frequencies, options.Thresholds);
    }

    /// <summary>
    /// One-to-one assignment in two rounds. The prior λ was a guess (the expected overlap); it is re-estimated
    /// from the assigned pairs' probabilities (expectation–maximisation on λ alone), and every weight shifts by the
    /// change. The confident matches of that first round are kept. The records left over are then a
    /// reconciliation of their own — fewer people, most of whose namesakes have been matched away — so their
    /// pairs are weighed again with term frequencies counted among the left-over records and with that residual
    /// problem's own prior, estimated per <see cref="DateStratum"/> (a fully described record still unmatched is
    /// probably one-sided; one that says little is not), and assigned among themselves.
    /// </summary>
    internal static (IReadOnlyList<ScoredPair> Pairs, MatchWeights First, (MatchWeights[] Weights, TermFrequencies Frequencies)? Second) Assign(
        List<ScoredPair> candidates,
        PreparedRecord[] left,
        PreparedRecord[] right,
        MatchWeights weights,
        TermFrequencies frequencies,
        ReconcileOptions options)
    {
        Thresholds thresholds = options.Thresholds;
        int leftCount = left.Length, rightCount = right.Length;
        double all = Math.Max(1.0, (double)leftCount * rightCount);
        double prior = weights.PriorWeight;
        // A uniform shift does not reorder the pairs, so one assignment serves every round of the λ estimate.
        IReadOnlyList<ScoredPair> assigned = OneToOneAssignment.Assign(candidates, leftCount, rightCount, thresholds.AmbiguityMarginBits);
        double shift = 0;
        for (int round = 0; round < 50; round++)
        {
            double expected = 0;
            foreach (ScoredPair p in assigned)
            {
                expected += MatchWeights.Probability(p.Weight + shift);
            }
            double lambda = Math.Clamp(expected / all, 1e-12, 0.5);
            double next = Math.Log2(lambda / (1 - lambda)) - prior;
            bool settled = Math.Abs(next - shift) < 0.001;
            shift = next;
            if (settled)
            {
                break;
            }
        }
        MatchWeights firstWeights = weights.WithPrior(prior + shift);
        IReadOnlyList<ScoredPair> first = OneToOneAssignment.Assign(Shifted(candidates, shift, thresholds), leftCount, rightCount, thresholds.AmbiguityMarginBits);
        var matchedLeft = new bool[leftCount];
        var matchedRight = new bool[rightCount];
        int matched = 0;
        foreach (ScoredPair p in first.Where(p => p.Decision == Decision.Match))
        {
            matchedLeft[p.Left] = matchedRight[p.Right] = true;
            matched++;
        }
        double residualExpected = first.Sum(p => p.Probability) - matched;
        PreparedRecord[] restLeft = [.. left.Where(r => !matchedLeft[r.Index])];
        PreparedRecord[] restRight = [.. right.Where(r => !matchedRight[r.Index])];
        if (residualExpected < 1 || matched == 0 || restLeft.Length == 0 || restRight.Length == 0)
        {
            return (first, firstWeights, null);
        }
        // The prior of the residual problem, estimated per date stratum by expectation–maximisation on λ alone over the
        // residual candidates (each record's best candidate, so a record with many candidates counts once).
        var secondFrequencies = new TermFrequencies(restLeft, restRight);
        double[] stratumPairs = DateStrata.PairCounts(restLeft, restRight);
        var pending = new List<(ScoredPair Pair, double Base, int Stratum)>();
        foreach (ScoredPair p in candidates)
        {
            if (matchedLeft[p.Left] || matchedRight[p.Right])
            {
                continue;
            }
            double levels = firstWeights.Total(p.Vector) - firstWeights.PriorWeight
                + secondFrequencies.Adjustment(left[p.Left], right[p.Right], p.Vector, firstWeights);
            pending.Add((p, levels, (int)DateStrata.Of(left[p.Left], right[p.Right])));
        }
        double overall = Math.Max(MatchWeights.Logit(Math.Clamp(residualExpected / ((double)restLeft.Length * restRight.Length), 1e-12, 0.5)), firstWeights.PriorWeight);
        double[] priors = [overall, overall, overall];
        var best = pending.GroupBy(x => x.Pair.Left).Select(g => g.MaxBy(x => x.Base)).ToList();
        for (int round = 0; round < 50; round++)
        {
            double[] expected = new double[DateStrata.Count];
            foreach ((ScoredPair _, double levels, int stratum) in best)
            {
                expected[stratum] += MatchWeights.Probability(levels + priors[stratum]);
            }
            double change = 0;
            for (int k = 0; k < DateStrata.Count; k++)
            {
                double next = stratumPairs[k] < 1 ? overall : Math.Max(firstWeights.PriorWeight,
                    MatchWeights.Logit(Math.Clamp(expected[k] / stratumPairs[k], 1e-12, 0.5)));
                change = Math.Max(change, Math.Abs(next - priors[k]));
                priors[k] = next;
            }
            if (change < 0.001)
            {
                break;
            }
        }
        MatchWeights[] secondWeights = [.. priors.Select(firstWeights.WithPrior)];
        var residual = new List<ScoredPair>();
        foreach ((ScoredPair p, double levels, int stratum) in pending)
        {
            double w = levels + priors[stratum];
            Decision d = Decide(w, p.Vector, thresholds);
            if (d != Decision.NoMatch)
            {
                residual.Add(p with { Weight = w, Decision = d, Round = 2 });
            }
        }
        IReadOnlyList<ScoredPair> second = OneToOneAssignment.Assign(residual, leftCount, rightCount, thresholds.AmbiguityMarginBits);
        var result = first.Where(p => p.Decision == Decision.Match).Concat(second).ToList();
        result.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        return (result, firstWeights, (secondWeights, secondFrequencies));
    }

    private static List<ScoredPair> Shifted(List<ScoredPair> candidates, double shift, Thresholds thresholds)
    {
        var shifted = new List<ScoredPair>(candidates.Count);
        foreach (ScoredPair p in candidates)
        {
            double w = p.Weight + shift;
            Decision d = Decide(w, p.Vector, thresholds);
            if (d != Decision.NoMatch)
            {
                shifted.Add(p with { Weight = w, Decision = d });
            }
        }
        return shifted;
    }

    /// <summary>The decision a pair's weight and vector call for, before one-to-one assignment.</summary>
    public static Decision Decide(double weight, ComparisonVector vector, Thresholds thresholds)
    {
        Preconditions.CheckNotNull(thresholds, nameof(thresholds));
        if (weight >= thresholds.MatchWeight && !MatchWeights.BlocksMatch(vector))
        {
            return Decision.Match;
        }
        return weight >= thresholds.ReviewWeight ? Decision.Review : Decision.NoMatch;
    }

    /// <summary>How far below the review threshold a pair is kept, in case the prior's re-estimate lifts it.</summary>
    private const double KeepMarginBits = 6;

    private static (List<ScoredPair>, long, int, Func<double, ScoreHistogram>, MatchWeights, TermFrequencies) Score(
        PreparedRecord[] left,
        PreparedRecord[] right,
        double[][] u,
        double lambda,
        Thresholds thresholds,
        bool withinOneList,
        IProgress<ReconcileProgress>? progress)
    {
        progress?.Report(new("block", 0, right.Length));
        var index = new CandidateIndex(right);
        progress?.Report(new("block", right.Length, right.Length));

        // Pass 1: block and compare; every candidate pair's vector is kept (eight bytes and two indices).
        var found = new ConcurrentBag<Worker>();
        long done = 0;
        const int chunk = 1024;
        int chunks = (left.Length + chunk - 1) / chunk;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(
            0,
            chunks,
            parallel,
            () => new Worker(index.NewScratch()),
            (c, _, worker) =>
            {
                int end = Math.Min(left.Length, (c + 1) * chunk);
                for (int i = c * chunk; i < end; i++)
                {
                    PreparedRecord a = left[i];
                    worker.Found.Clear();
                    index.Candidates(a, worker.Scratch, i + 1, worker.Found);
                    foreach (int j in worker.Found)
                    {
                        if (withinOneList && j <= i)
                        {
                            continue;
                        }
                        ComparisonVector v = Comparer.Compare(a, right[j]);
                        worker.Pairs.Add(new Candidate(i, j, v.Packed));
                        worker.Vectors[v.Packed] = worker.Vectors.GetValueOrDefault(v.Packed) + 1;
                    }
                }
                long total = Interlocked.Add(ref done, end - (c * chunk));
                progress?.Report(new("score", total, left.Length));
                return worker;
            },
            found.Add);

        // Estimate m on the candidates (u came from random pairs), then weigh and decide every pair.
        var vectors = new Dictionary<ulong, long>();
        foreach (Worker w in found)
        {
            foreach ((ulong v, long n) in w.Vectors)
            {
                vectors[v] = vectors.GetValueOrDefault(v) + n;
            }
        }
        var weights = new MatchWeights(MEstimator.Estimate(vectors, u, Math.Log2(lambda / (1 - lambda))), u, lambda);
        var frequencies = new TermFrequencies(left, right);
        var kept = new ConcurrentBag<List<ScoredPair>>();
        Worker[] workers = [.. found];
        Parallel.ForEach(workers, parallel, worker =>
        {
            var own = new List<ScoredPair>();
            worker.Weights = new double[worker.Pairs.Count];
            for (int k = 0; k < worker.Pairs.Count; k++)
            {
                Candidate c = worker.Pairs[k];
                var v = new ComparisonVector(c.Vector);
                double w = weights.Total(v) + frequencies.Adjustment(left[c.Left], right[c.Right], v, weights);
                worker.Weights[k] = w;
                if (w >= thresholds.ReviewWeight - KeepMarginBits)
                {
                    own.Add(new ScoredPair(c.Left, c.Right, v, w, Decide(w, v, thresholds)));
                }
            }
            kept.Add(own);
        });
        long candidatePairs = workers.Sum(w => (long)w.Pairs.Count);
        ScoreHistogram Histogram(double shift)
        {
            var histogram = new ScoreHistogram();
            foreach (Worker worker in workers)
            {
                long[] counts = ScoreHistogram.NewCounts();
                foreach (double w in worker.Weights)
                {
                    counts[ScoreHistogram.Bin(w + shift)]++;
                }
                histogram.Add(counts);
            }
            return histogram;
        }
        return ([.. kept.SelectMany(k => k)], candidatePairs, index.OversizedBlocks, Histogram, weights, frequencies);
    }

    private readonly record struct Candidate(int Left, int Right, ulong Vector);

    private sealed class Worker(int[] scratch)
    {
        public int[] Scratch { get; } = scratch;

        public List<int> Found { get; } = new(64);

        public List<Candidate> Pairs { get; } = [];

        public Dictionary<ulong, long> Vectors { get; } = [];

        public double[] Weights { get; set; } = [];
    }
}
