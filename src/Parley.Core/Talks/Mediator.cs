namespace Parley.Core.Talks;

/// <summary>A neutral mediator (a state or an organisation) and the official acting for it in public; immutable.</summary>
public sealed record Mediator(string Id, string Name, string? Representative);
