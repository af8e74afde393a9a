using System.Collections.Concurrent;
using Parley.Matching.Blocking;
using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

public static partial class Reconciler
{
    /// <summary>How far below the review threshold a pair is kept, in case the prior's re-estimate lifts it.</summary>
    private const double KeepMarginBits = 6;

    private static (List<ScoredPair>, long, int, Func<double, ScoreHistogram>, MatchWeights, TermFrequencies) Score(
        PreparedRecord[] left,
        PreparedRecord[] right,
        long[][] uCounts,
        double lambda,
        Thresholds thresholds,
        bool withinOneList,
        IProgress<ReconcileProgress>? progress)
    {
        progress?.Report(new("block", 0, right.Length));
        var index = new CandidateIndex(right, new SpellingNeighbours(left, right));
        progress?.Report(new("block", right.Length, right.Length));

        // Pass 1: block and compare; every candidate pair's vector is kept (eight bytes and two indices).
        var found = new ConcurrentBag<Worker>();
        long done = 0;
        const int chunk = 1024;
        var chunks = (left.Length + chunk - 1) / chunk;
        var parallel = EngineParallelism.Options();
        Parallel.For(
            0,
            chunks,
            parallel,
            () => new Worker(index.NewScratch()),
            (c, _, worker) =>
            {
                var end = Math.Min(left.Length, (c + 1) * chunk);
                for (var i = c * chunk; i < end; i++)
                {
                    var a = left[i];
                    worker.Found.Clear();
                    var core = index.CandidatesInto(a, worker.Scratch, i + 1, worker.Found, worker.Keys);
                    for (var k = 0; k < worker.Found.Count; k++)
                    {
                        var j = worker.Found[k];
                        if (withinOneList && j <= i)
                        {
                            continue;
                        }
                        var v = Comparer.Compare(a, right[j]);
                        worker.Pairs.Add(new Candidate(i, j, v.Packed));
                        if (k < core)
                        {
                            // The pairs only the one-edit name rules (and the date-and-initials rule) find are weighed, but m is learnt without them: they
                            // grow with the lists' namesakes, and EM would take their agreeing names for the matches.
                            worker.Vectors[v.Packed] = worker.Vectors.GetValueOrDefault(v.Packed) + 1;
                        }
                    }
                }
                var total = Interlocked.Add(ref done, end - (c * chunk));
                progress?.Report(new("score", total, left.Length));
                return worker;
            },
            found.Add);

        // Estimate m on the candidates (u came from random pairs), then weigh and decide every pair.
        var vectors = new Dictionary<ulong, long>();
        foreach (var w in found)
        {
            foreach ((var v, var n) in w.Vectors)
            {
                vectors[v] = vectors.GetValueOrDefault(v) + n;
            }
        }
        // m and the share of matches by EM on these candidates; the prior λ follows from that share.
        var candidateCount = Math.Max(1, vectors.Values.Sum());
        var estimate = MEstimator.Run(vectors, UEstimator.FromCounts(uCounts), Math.Clamp(lambda * left.Length * (double)right.Length / candidateCount, 1e-6, 0.99));
        var lambdaAll = Math.Clamp(estimate.MatchShare * candidateCount / Math.Max(1.0, withinOneList ? left.Length * (left.Length - 1) / 2.0 : (double)left.Length * right.Length), 1e-12, 0.5);
        var weights = new MatchWeights(estimate.M, UEstimator.FromCounts(uCounts, estimate.M, lambdaAll), lambdaAll);
        var frequencies = new TermFrequencies(left, right);
        var kept = new ConcurrentBag<List<ScoredPair>>();
        Worker[] workers = [.. found];
        Parallel.ForEach(workers, parallel, worker =>
        {
            var own = new List<ScoredPair>();
            worker.Weights = new double[worker.Pairs.Count];
            for (var k = 0; k < worker.Pairs.Count; k++)
            {
                var c = worker.Pairs[k];
                var v = new ComparisonVector(c.Vector);
                var w = weights.Total(v) + frequencies.Adjustment(left[c.Left], right[c.Right], v, weights);
                worker.Weights[k] = w;
                if (w >= thresholds.ReviewWeight - KeepMarginBits)
                {
                    own.Add(new ScoredPair(c.Left, c.Right, v, w, Decide(w, v, thresholds), Hold: HoldOf(w, v, thresholds)));
                }
            }
            kept.Add(own);
        });
        var candidatePairs = workers.Sum(w => (long)w.Pairs.Count);
        ScoreHistogram Histogram(double shift)
        {
            var histogram = new ScoreHistogram();
            foreach (var worker in workers)
            {
                var counts = ScoreHistogram.NewCounts();
                foreach (var w in worker.Weights)
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

        public List<ulong> Keys { get; } = new(128);

        public List<Candidate> Pairs { get; } = [];

        public Dictionary<ulong, long> Vectors { get; } = [];

        public double[] Weights { get; set; } = [];
    }
}
