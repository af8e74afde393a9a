using Parley.Evaluation.Errors;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Planning;

/// <summary>
/// Chooses each truth pair's classes (ERROR-MODEL.md, "Design"): natural pairs at the natural rates,
/// coverage pairs either one class in turn, or three or four compatible classes chosen greedily to
/// raise the least-seen class pair. Counts what it chose, so the greedy choice sees every stratum.
/// </summary>
internal sealed class ClassPlanner
{
    private readonly EvaluationOptions _options;
    private readonly IReadOnlyList<ErrorClass> _classes;
    private readonly IReadOnlyList<(ErrorClass A, ErrorClass B)> _pairs;
    private readonly int[,] _pairCounts;
    private int _nextSingle;

    public ClassPlanner(EvaluationOptions options)
    {
        _options = options;
        _classes = ProfileClasses.Of(options.Profile);
        _pairs = ProfileClasses.Pairs(_classes);
        var size = ClassCatalog.All.Count;
        _pairCounts = new int[size, size];
    }

    /// <summary>The classes of a person on both lists.</summary>
    public ClassSet ChooseForPair(Rng rng)
    {
        // In the georgian profile every pair already has its script class; coverage is a standard-profile measure.
        if (_options.Profile == EvaluationProfile.Georgian || !rng.Chance(_options.CoverageShare))
        {
            return NaturalPlanner.Sample(rng, _options.Profile);
        }

        if (rng.Chance(0.25))
        {
            var single = _classes[_nextSingle % _classes.Count];
            _nextSingle++;
            return ClassSet.Empty.With(single);
        }

        return Greedy(rng);
    }

    /// <summary>The style of a person on one list only: natural, so that they look like everyone else.</summary>
    public ClassSet ChooseForSingle(Rng rng) => NaturalPlanner.Sample(rng, _options.Profile);

    /// <summary>Counts a truth pair's final classes.</summary>
    public void Record(ClassSet set)
    {
        var classes = set.Classes().ToArray();
        for (var i = 0; i < classes.Length; i++)
        {
            for (var j = i + 1; j < classes.Length; j++)
            {
                _pairCounts[(int)classes[i], (int)classes[j]]++;
                _pairCounts[(int)classes[j], (int)classes[i]]++;
            }
        }
    }

    private ClassSet Greedy(Rng rng)
    {
        var (a, b) = _pairs[0];
        var least = int.MaxValue;
        foreach (var (first, second) in _pairs)
        {
            var count = _pairCounts[(int)first, (int)second];
            if (count < least)
            {
                least = count;
                (a, b) = (first, second);
            }
        }

        var chosen = new List<ErrorClass> { a, b };
        var size = rng.Chance(0.5) ? 3 : 4;
        while (chosen.Count < size)
        {
            ErrorClass? best = null;
            var bestScore = int.MaxValue;
            var start = rng.Next(_classes.Count);
            for (var k = 0; k < _classes.Count; k++)
            {
                var candidate = _classes[(start + k) % _classes.Count];
                if (!chosen.TrueForAll(member => ClassCatalog.Compatible(member, candidate)))
                {
                    continue;
                }

                var score = chosen.Sum(member => _pairCounts[(int)member, (int)candidate]);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = candidate;
                }
            }

            if (best is not { } next)
            {
                break;
            }

            chosen.Add(next);
        }

        return chosen.Aggregate(ClassSet.Empty, (set, errorClass) => set.With(errorClass));
    }
}
