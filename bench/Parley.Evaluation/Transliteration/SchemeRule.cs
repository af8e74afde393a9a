namespace Parley.Evaluation.Transliteration;

/// <summary>One line of a scheme table: lower-case source letters, their output, and optional conditions.</summary>
internal sealed record SchemeRule(string Source, string Output, LetterSet? Previous, LetterSet? Next)
{
    public bool Applies(string lower, int index)
    {
        if (index + Source.Length > lower.Length || string.CompareOrdinal(lower, index, Source, 0, Source.Length) != 0)
        {
            return false;
        }

        var end = index + Source.Length;
        return (Previous is null || Previous.Matches(index == 0 ? null : lower[index - 1]))
            && (Next is null || Next.Matches(end == lower.Length ? null : lower[end]));
    }
}
