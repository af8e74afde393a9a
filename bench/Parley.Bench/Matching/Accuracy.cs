using Parley.Demo.Synthetic;

namespace Parley.Bench.Matching;

/// <summary>Precision, recall and F1 of a set of decided pairs against the synthetic truth, overall and per difficulty class.</summary>
internal sealed record Accuracy(string Class, int Truth, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => Truth == 0 ? 1 : (double)Correct / Truth;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// Scores <paramref name="predicted"/> (left id, right id) pairs. A predicted pair counts against the class of
    /// the truth pair of its left record (or "one-sided" when the left record has no counterpart).
    /// </summary>
    public static IReadOnlyList<Accuracy> Of(IReadOnlyList<TruthPair> truth, IEnumerable<(string Left, string Right)> predicted)
    {
        var byLeft = truth.ToDictionary(t => t.LeftId, StringComparer.Ordinal);
        var truthCount = truth.GroupBy(t => t.DifficultyClass).ToDictionary(g => g.Key, g => g.Count());
        var predictedCount = new Dictionary<string, int>();
        var correctCount = new Dictionary<string, int>();
        foreach ((var left, var right) in predicted)
        {
            var cls = byLeft.TryGetValue(left, out var t) ? t.DifficultyClass : "one-sided";
            predictedCount[cls] = predictedCount.GetValueOrDefault(cls) + 1;
            if (t is not null && t.RightId == right)
            {
                correctCount[cls] = correctCount.GetValueOrDefault(cls) + 1;
            }
        }
        var rows = DifficultyClasses.All.Append("one-sided")
            .Select(c => new Accuracy(c, truthCount.GetValueOrDefault(c), predictedCount.GetValueOrDefault(c), correctCount.GetValueOrDefault(c)))
            .ToList();
        rows.Add(new Accuracy("overall", truth.Count, predictedCount.Values.Sum(), correctCount.Values.Sum()));
        return rows;
    }
}
