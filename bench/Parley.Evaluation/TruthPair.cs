namespace Parley.Evaluation;

/// <summary>A left and a right record of the same person, with the classes of their differences.</summary>
public sealed record TruthPair(string LeftId, string RightId, IReadOnlyList<string> Classes)
{
    /// <summary>The truth.csv form: class names joined with +, or "clean".</summary>
    public string ClassText => Classes.Count == 0 ? "clean" : string.Join('+', Classes);
}
