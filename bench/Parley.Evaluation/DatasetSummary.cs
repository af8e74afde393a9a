using Parley.Evaluation.Errors;
using Parley.Evaluation.Output;
using Parley.Evaluation.Planning;

namespace Parley.Evaluation;

/// <summary>What a dataset holds: list sizes, truth pairs by class, alone and in pairs, hard negatives, duplicates.</summary>
public sealed class DatasetSummary
{
    internal DatasetSummary(
        EvaluationProfile profile,
        int leftRecords,
        int rightRecords,
        ClassStatistics statistics,
        IReadOnlyDictionary<string, int> hardNegatives,
        int duplicateRecords)
    {
        LeftRecords = leftRecords;
        RightRecords = rightRecords;
        TruthPairs = statistics.TruthPairs;
        CleanPairs = statistics.Clean;
        HardNegatives = hardNegatives;
        DuplicateRecords = duplicateRecords;
        var classes = ProfileClasses.Of(profile);
        Classes = [.. classes.Select(ClassCatalog.Name)];
        ClassCounts = classes.ToDictionary(ClassCatalog.Name, statistics.Count);
        AloneCounts = classes.ToDictionary(ClassCatalog.Name, statistics.Alone);
        Pairs = [.. ProfileClasses.Pairs(classes).Select(pair =>
            (ClassCatalog.Name(pair.A), ClassCatalog.Name(pair.B), statistics.Pair(pair.A, pair.B)))];
    }

    public int LeftRecords { get; }

    public int RightRecords { get; }

    public int TruthPairs { get; }

    public int CleanPairs { get; }

    /// <summary>The classes the profile can produce, in truth.csv order.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Truth pairs that have the class (alone or with others).</summary>
    public IReadOnlyDictionary<string, int> ClassCounts { get; }

    /// <summary>Truth pairs whose only class it is.</summary>
    public IReadOnlyDictionary<string, int> AloneCounts { get; }

    /// <summary>Every compatible pair of the profile's classes, with the truth pairs that have both.</summary>
    public IReadOnlyList<(string A, string B, int Count)> Pairs { get; }

    /// <summary>Cross-list pairs of look-alike different people, by kind (namesake, sibling, twin).</summary>
    public IReadOnlyDictionary<string, int> HardNegatives { get; }

    /// <summary>Records that share their person with another record of the same list.</summary>
    public int DuplicateRecords { get; }
}
