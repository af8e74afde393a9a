namespace Parley.Demo.Synthetic;

/// <summary>
/// One person present on both lists: the id on each side and the <see cref="DifficultyClasses">difficulty class</see>
/// of the way the right side rendered them. Immutable.
/// </summary>
public sealed record TruthPair(string LeftId, string RightId, string DifficultyClass);
