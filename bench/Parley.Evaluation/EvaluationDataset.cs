using Parley.Evaluation.Errors;
using Parley.Evaluation.Output;
using Parley.Evaluation.Population;
using Parley.Evaluation.Rendering;

namespace Parley.Evaluation;

/// <summary>
/// Generated evaluation lists. Records are rendered on demand from the population, so writing a list
/// of a million people streams; the list properties materialise on first use (for tests and small N).
/// </summary>
public sealed class EvaluationDataset
{
    private readonly PeopleTable _people;
    private readonly PersonRenderer _renderer;
    private readonly Lazy<IReadOnlyList<EvaluationRecord>> _left;
    private readonly Lazy<IReadOnlyList<EvaluationRecord>> _right;
    private readonly Lazy<IReadOnlyList<TruthPair>> _truth;
    private readonly Lazy<IReadOnlyList<DuplicateEntry>> _duplicates;
    private readonly Lazy<IReadOnlyList<HardNegativePair>> _hardNegatives;

    internal EvaluationDataset(PeopleTable people)
    {
        _people = people;
        _renderer = new PersonRenderer(people);
        _left = new(() => [.. EnumerateLeft()]);
        _right = new(() => [.. EnumerateRight()]);
        _truth = new(() => [.. EnumerateTruthSets().Select(entry =>
            new TruthPair(entry.LeftId, entry.RightId, entry.Classes.Names()))]);
        _duplicates = new(() => [.. EnumerateDuplicates()]);
        _hardNegatives = new(() => [.. EnumerateHardNegatives()]);
    }

    public EvaluationOptions Options => _people.Options;

    public IReadOnlyList<EvaluationRecord> Left => _left.Value;

    public IReadOnlyList<EvaluationRecord> Right => _right.Value;

    public IReadOnlyList<TruthPair> Truth => _truth.Value;

    public IReadOnlyList<DuplicateEntry> Duplicates => _duplicates.Value;

    public IReadOnlyList<HardNegativePair> HardNegatives => _hardNegatives.Value;

    public IEnumerable<EvaluationRecord> EnumerateLeft() => EnumerateList(_people.Left, Side.Left);

    public IEnumerable<EvaluationRecord> EnumerateRight() => EnumerateList(_people.Right, Side.Right);

    public IEnumerable<TruthPair> EnumerateTruth() =>
        EnumerateTruthSets().Select(entry => new TruthPair(entry.LeftId, entry.RightId, entry.Classes.Names()));

    /// <summary>Every record of a person written more than once in one list, grouped by the id of its first copy.</summary>
    public IEnumerable<DuplicateEntry> EnumerateDuplicates()
    {
        foreach (var (layout, list) in new[] { (_people.Left, "left"), (_people.Right, "right") })
        {
            for (var position = 0; position < layout.Count; position++)
            {
                var person = layout.PersonAt(position);
                if (layout.Copies(person) > 1)
                {
                    yield return new DuplicateEntry(list, layout.Id(position), layout.IdOf(person, 0));
                }
            }
        }
    }

    /// <summary>Left and right records of a person and the one they were built to resemble, both ways.</summary>
    public IEnumerable<HardNegativePair> EnumerateHardNegatives()
    {
        for (var person = 0; person < _people.Count; person++)
        {
            var relation = _people.Relation(person);
            if (relation == RelationKind.None)
            {
                continue;
            }

            var kind = relation.ToString().ToLowerInvariant();
            var anchor = _people.RelatedTo(person);
            foreach (var pair in CrossPairs(person, anchor, kind).Concat(CrossPairs(anchor, person, kind)))
            {
                yield return pair;
            }
        }
    }

    public DatasetSummary Summarize() => Summarize(EnumerateTruthSets().Select(entry => entry.Classes));

    /// <summary>Writes left.csv, right.csv, truth.csv, duplicates.csv and hard-negatives.csv into the folder.</summary>
    public DatasetSummary Write(string folder) => DatasetWriter.Write(this, folder);

    internal IEnumerable<(string LeftId, string RightId, ClassSet Classes)> EnumerateTruthSets()
    {
        var left = _people.Left;
        var right = _people.Right;
        for (var position = 0; position < left.Count; position++)
        {
            var person = left.PersonAt(position);
            var rightCopies = right.Copies(person);
            if (rightCopies == 0)
            {
                continue;
            }

            var rendered = _renderer.Render(person, true, true);
            var leftCopy = left.CopyAt(position);
            for (var rightCopy = 0; rightCopy < rightCopies; rightCopy++)
            {
                yield return (left.Id(position), right.IdOf(person, rightCopy), rendered.PairClasses(leftCopy, rightCopy));
            }
        }
    }

    internal DatasetSummary Summarize(IEnumerable<ClassSet> truthClasses)
    {
        var statistics = new ClassStatistics();
        foreach (var classes in truthClasses)
        {
            statistics.Add(classes);
        }

        var hardNegatives = EnumerateHardNegatives()
            .GroupBy(pair => pair.Kind)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count());
        return new DatasetSummary(Options.Profile, _people.Left.Count, _people.Right.Count, statistics, hardNegatives, EnumerateDuplicates().Count());
    }

    private IEnumerable<EvaluationRecord> EnumerateList(ListLayout layout, Side side)
    {
        for (var position = 0; position < layout.Count; position++)
        {
            var rendered = _renderer.Render(layout.PersonAt(position), side == Side.Left, side == Side.Right);
            yield return (side == Side.Left ? rendered.Left : rendered.Right)[layout.CopyAt(position)];
        }
    }

    private IEnumerable<HardNegativePair> CrossPairs(int onLeft, int onRight, string kind)
    {
        for (var leftCopy = 0; leftCopy < _people.Left.Copies(onLeft); leftCopy++)
        {
            for (var rightCopy = 0; rightCopy < _people.Right.Copies(onRight); rightCopy++)
            {
                yield return new HardNegativePair(_people.Left.IdOf(onLeft, leftCopy), _people.Right.IdOf(onRight, rightCopy), kind);
            }
        }
    }
}
