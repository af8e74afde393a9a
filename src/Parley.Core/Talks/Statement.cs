using System.Collections.Immutable;
using NodaTime;

namespace Parley.Core.Talks;

/// <summary>
/// A public statement attributed to a named official: the quote in the language it was said in (<see cref="Language"/>),
/// translations marked as such, and one or more sources it was reported in; immutable. <see cref="Quote"/> is null when
/// only translations of the words are known.
/// </summary>
public sealed record Statement(
    string Id,
    string RoundId,
    string Speaker,
    string? PartyCode,
    Instant At,
    string Language,
    string? Quote,
    ImmutableList<StatementSource> Sources,
    ImmutableList<Translation> Translations)
{
    /// <summary>The quote in <paramref name="language"/>: a translation if there is one, else null (the original is <see cref="Quote"/>).</summary>
    public Translation? TranslationInto(string language) => Translations.FirstOrDefault(t => t.Language == language);
}
