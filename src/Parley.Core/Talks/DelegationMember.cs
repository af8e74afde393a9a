namespace Parley.Core.Talks;

/// <summary>An official acting in a public role on a party's delegation to a round; immutable.</summary>
public sealed record DelegationMember(string Name, DelegationRole Role, string? Title);
