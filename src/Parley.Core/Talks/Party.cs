namespace Parley.Core.Talks;

/// <summary>A party to the talks, such as a state; immutable.</summary>
public sealed record Party(string Code, string Name);
