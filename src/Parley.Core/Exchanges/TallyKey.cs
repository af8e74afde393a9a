namespace Parley.Core.Exchanges;

/// <summary>One counter of an exchange: people of a side under a term in a status, in one stage or (null) overall.</summary>
public readonly record struct TallyKey(string? StageId, Side Side, int Term, PersonStatus Status);
