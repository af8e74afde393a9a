namespace Parley.Core.Exchanges;

/// <summary>A roster entry held by <see cref="Side"/>, attributed to the agreement's term <see cref="Term"/>.</summary>
public sealed record Person(string Id, Side Side, int Term, PersonStatus Status, string? StageId, PersonDetails Details);
