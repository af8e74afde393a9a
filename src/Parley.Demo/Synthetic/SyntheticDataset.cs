using Parley.Matching.Records;

namespace Parley.Demo.Synthetic;

/// <summary>
/// Two sides' lists of the same population and the ground truth between them, as made by
/// <see cref="SyntheticLists.Generate(int, int)"/>. <see cref="Left"/> is one side's request list in Ukrainian
/// Cyrillic; <see cref="Right"/> is the other side's list, each person rendered in another script or
/// scheme with errors. <see cref="Truth"/> pairs the records of every person present on both sides,
/// in the order of <see cref="Left"/>. Immutable.
/// </summary>
public sealed record SyntheticDataset(
    IReadOnlyList<ListRecord> Left,
    IReadOnlyList<ListRecord> Right,
    IReadOnlyList<TruthPair> Truth);
