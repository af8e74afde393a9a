namespace Parley.Core.Talks;

/// <summary>
/// A statement's quote put into another language (<see cref="Language"/>, a BCP 47 primary tag such as "en"): always a
/// translation, never the words as said, which are the statement's own quote in its own language. Immutable.
/// </summary>
public sealed record Translation(string Language, string Quote);
