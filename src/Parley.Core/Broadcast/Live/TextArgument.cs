namespace Parley.Core.Broadcast.Live;

/// <summary>
/// A named value of an automatic entry: a number, a name, a <see cref="NodaTime.LocalDate"/> or a
/// <see cref="NodaTime.ZonedDateTime"/>; each language formats it its own way (1,000 / 1 000).
/// </summary>
public readonly record struct TextArgument(string Name, object Value);
