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
        var l = preparer.PrepareAll(left, n => progress?.Report(new("prepare left", n, left.Count)));
        var r = preparer.PrepareAll(right, n => progress?.Report(new("prepare right", n, right.Count)));
        var expected = Math.Max(1, options.ExpectedOverlap * Math.Min(l.Length, r.Length));
        var lambda = Math.Clamp(expected / Math.Max(1.0, (double)l.Length * r.Length), 1e-12, 0.5);
        var u = UEstimator.Count(l, r, options.USamples, options.Seed);
        (var candidates, var count, var oversized, var histogram, var weights, var frequencies) =
            Score(l, r, u, lambda, options.Thresholds, withinOneList: false, progress);
        progress?.Report(new("assign", 0, candidates.Count));
        (var pairs, var first, var second) = Assign(candidates, l, r, weights, frequencies, options);
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
        var list = new RecordPreparer().PrepareAll(records, n => progress?.Report(new("prepare", n, records.Count)));
        var pairs = Math.Max(1.0, (double)list.Length * (list.Length - 1) / 2.0);
        var lambda = Math.Clamp(Math.Max(1, options.ExpectedDuplicates * list.Length) / pairs, 1e-12, 0.5);
        var u = UEstimator.Count(list, list, options.USamples, options.Seed);
        (var found, var count, var oversized, var histogram, var weights, var frequencies) =
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
        var thresholds = options.Thresholds;
        int leftCount = left.Length, rightCount = right.Length;
        var all = Math.Max(1.0, (double)leftCount * rightCount);
        var prior = weights.PriorWeight;
        // A uniform shift does not reorder the pairs, so one assignment serves every round of the λ estimate.
        OneToOneAssignment.SameRecordTwice copies = (leftList, a, b) =>
            SameRecordTwice(leftList ? left : right, a, b, weights, frequencies, thresholds);
        var assigned = OneToOneAssignment.Assign(candidates, leftCount, rightCount, thresholds.AmbiguityMarginBits, copies);
        double shift = 0;
        for (var round = 0; round < 50; round++)
        {
            double expected = 0;
            foreach (var p in assigned)
            {
                expected += MatchWeights.Probability(p.Weight + shift);
            }
            var lambda = Math.Clamp(expected / all, 1e-12, 0.5);
            var next = Math.Log2(lambda / (1 - lambda)) - prior;
            var settled = Math.Abs(next - shift) < 0.001;
            shift = next;
            if (settled)
            {
                break;
            }
        }
        var firstWeights = weights.WithPrior(prior + shift);
        var first = OneToOneAssignment.Assign(Shifted(candidates, shift, thresholds), leftCount, rightCount, thresholds.AmbiguityMarginBits, copies);
        var matchedLeft = new bool[leftCount];
        var matchedRight = new bool[rightCount];
        var matched = 0;
        foreach (var p in first.Where(p => p.Decision == Decision.Match))
        {
            matchedLeft[p.Left] = matchedRight[p.Right] = true;
            matched++;
        }
        var residualExpected = first.Sum(p => p.Probability) - matched;
        PreparedRecord[] restLeft = [.. left.Where(r => !matchedLeft[r.Index])];
        PreparedRecord[] restRight = [.. right.Where(r => !matchedRight[r.Index])];
        if (residualExpected < 1 || matched == 0 || restLeft.Length == 0 || restRight.Length == 0)
        {
            return (first, firstWeights, null);
        }
        // The prior of the residual problem, estimated per date stratum by expectation–maximisation on λ alone over the
        // residual candidates (each record's best candidate, so a record with many candidates counts once).
        var secondFrequencies = new TermFrequencies(restLeft, restRight);
        var stratumPairs = DateStrata.PairCounts(restLeft, restRight);
        var pending = new List<(ScoredPair Pair, double Base, int Stratum)>();
        foreach (var p in candidates)
        {
            if (matchedLeft[p.Left] || matchedRight[p.Right])
            {
                continue;
            }
            var levels = firstWeights.Total(p.Vector) - firstWeights.PriorWeight
                + secondFrequencies.Adjustment(left[p.Left], right[p.Right], p.Vector, firstWeights);
            pending.Add((p, levels, (int)DateStrata.Of(left[p.Left], right[p.Right])));
        }
        var overall = Math.Max(MatchWeights.Logit(Math.Clamp(residualExpected / ((double)restLeft.Length * restRight.Length), 1e-12, 0.5)), firstWeights.PriorWeight);
        double[] priors = [overall, overall, overall];
        var best = pending.GroupBy(x => x.Pair.Left).Select(g => g.MaxBy(x => x.Base)).ToList();
        for (var round = 0; round < 50; round++)
        {
            var expected = new double[DateStrata.Count];
            foreach ((var _, var levels, var stratum) in best)
            {
                expected[stratum] += MatchWeights.Probability(levels + priors[stratum]);
            }
            double change = 0;
            for (var k = 0; k < DateStrata.Count; k++)
            {
                var next = stratumPairs[k] < 1 ? overall : Math.Max(firstWeights.PriorWeight,
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
        foreach ((var p, var levels, var stratum) in pending)
        {
            var w = levels + priors[stratum];
            var d = Decide(w, p.Vector, thresholds);
            if (d != Decision.NoMatch)
            {
                residual.Add(p with { Weight = w, Decision = d, Round = 2 });
            }
        }
        var second = OneToOneAssignment.Assign(residual, leftCount, rightCount, thresholds.AmbiguityMarginBits, copies);
        var result = first.Where(p => p.Decision == Decision.Match).Concat(second).ToList();
        result.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        return (result, firstWeights, (secondWeights, secondFrequencies));
    }

    /// <summary>
    /// Two records of one list are one person listed twice (lists merged from two sources) when, weighed as a pair of
    /// the two lists would be, they are a match with no strong identifier clashing, and both give the same date of birth
    /// or the same service number: a copy carries what it was copied from, while two records of one name born apart are
    /// two people. Where one gives no date and no service number settles it, a namesake cannot be told from a copy
    /// (`parley synth`'s lists have such namesakes), so the copy is only possible.
    /// </summary>
    private static Copy SameRecordTwice(PreparedRecord[] list, int a, int b, MatchWeights weights, TermFrequencies frequencies, Thresholds thresholds)
    {
        var v = Comparer.Compare(list[a], list[b]);
        var date = v[Field.DateOfBirth];
        if (date is not (ComparisonLevels.Missing or ComparisonLevels.Date.Exact) || MatchWeights.HoldsAtReview(v)
            || weights.Total(v) + frequencies.Adjustment(list[a], list[b], v, weights) < thresholds.MatchWeight)
        {
            return Copy.No;
        }
        var sameNumber = v[Field.ServiceNumber] is ComparisonLevels.Service.Exact or ComparisonLevels.Service.SameDigits;
        return date == ComparisonLevels.Date.Exact || sameNumber ? Copy.Certain : Copy.Possible;
    }

    private static List<ScoredPair> Shifted(List<ScoredPair> candidates, double shift, Thresholds thresholds)
    {
        var shifted = new List<ScoredPair>(candidates.Count);
        foreach (var p in candidates)
        {
            var w = p.Weight + shift;
            var d = Decide(w, p.Vector, thresholds);
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
        if (weight >= thresholds.MatchWeight && !MatchWeights.HoldsAtReview(vector))
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
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
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
                    index.CandidatesInto(a, worker.Scratch, i + 1, worker.Found, worker.Keys);
                    foreach (var j in worker.Found)
                    {
                        if (withinOneList && j <= i)
                        {
                            continue;
                        }
                        var v = Comparer.Compare(a, right[j]);
                        worker.Pairs.Add(new Candidate(i, j, v.Packed));
                        worker.Vectors[v.Packed] = worker.Vectors.GetValueOrDefault(v.Packed) + 1;
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
                    own.Add(new ScoredPair(c.Left, c.Right, v, w, Decide(w, v, thresholds)));
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
