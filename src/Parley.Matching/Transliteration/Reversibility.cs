namespace Parley.Matching.Transliteration;

/// <summary>How far a scheme's romanisation can be undone.</summary>
public enum Reversibility
{
    /// <summary>Many Cyrillic spellings share one romanisation; back-mapping lists the plausible ones.</summary>
    BestEffort = 0,

    /// <summary>One-to-one (ISO 9): back-mapping gives the original spelling exactly.</summary>
    Exact,
}
