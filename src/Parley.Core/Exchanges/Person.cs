namespace Parley.Core.Exchanges;

/// <summary>
/// An entry on the offer list of <see cref="Side"/> (the holding side): a person it proposes to release, attributed to
/// the agreement's term <see cref="Term"/>; once matched, a person in the exchange. <see cref="Details"/> is null once
/// erased (and in a state folded from public parts alone).
/// </summary>
public sealed record Person(string Id, Side Side, int Term, PersonStatus Status, string? StageId, PersonDetails? Details);
