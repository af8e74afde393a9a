namespace Parley.Evaluation;

/// <summary>A left and a right record of two different people built to look alike (hard-negatives.csv).</summary>
public sealed record HardNegativePair(string LeftId, string RightId, string Kind);
