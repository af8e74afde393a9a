namespace Parley.Matching.Transliteration;

/// <summary>One line of a scheme table: Cyrillic sequence, Latin output, and the context it needs.</summary>
internal sealed record TransliterationRule(string Cyrillic, string Latin, IReadOnlyList<RuleCondition> Conditions)
{
    internal bool Applies(string text, int start) =>
        start + Cyrillic.Length <= text.Length
        && text.AsSpan(start, Cyrillic.Length).SequenceEqual(Cyrillic)
        && Conditions.All(c => c.Holds(text, start, Cyrillic.Length));
}
