namespace Parley.Matching.Transliteration;

/// <summary>
/// One romanisation scheme for Cyrillic names: forward romanisation, and back-mapping from Latin to
/// the Cyrillic spellings that the scheme would have romanised to it.
/// </summary>
public interface ITransliterationScheme
{
    /// <summary>Stable identifier, e.g. <c>uk-national-2010</c>.</summary>
    string Id { get; }

    /// <summary>Human-readable name.</summary>
    string Name { get; }

    /// <summary>The official source of the table.</summary>
    string Citation { get; }

    /// <summary>Whether <see cref="CyrillicCandidates"/> is exact (one-to-one) or best effort.</summary>
    Reversibility Reversibility { get; }

    /// <summary>Romanises <paramref name="cyrillic"/>; characters outside the table pass through unchanged.</summary>
    string Romanise(string cyrillic);

    /// <summary>
    /// Cyrillic spellings that this scheme romanises to <paramref name="latin"/> (compared without
    /// regard to case), at most <see cref="TransliterationScheme.DefaultMaxCandidates"/>. For an exact scheme
    /// there is exactly one; for the others, each candidate is checked by romanising it again.
    /// </summary>
    IEnumerable<string> CyrillicCandidates(string latin);
}
