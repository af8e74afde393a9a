using System.Text;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Errors;

/// <summary>
/// Typing and reading errors in a name (ERROR-MODEL.md, "Typing"): one edit in 80% of typos, two in
/// 20% (Damerau 1964); adjacent key, look-alike letter, deletion, insertion (mostly a doubled letter),
/// transposition. The first letter is kept in 90% of edits. The result always differs from the input.
/// </summary>
internal static class TypoMaker
{
    public static string Apply(string text, Rng rng, KeyboardLayout layout, bool latin)
    {
        if (text.Count(char.IsLetter) < 2)
        {
            return text;
        }

        for (var attempt = 0; attempt < 20; attempt++)
        {
            var edits = rng.Chance(0.8) ? 1 : 2;
            var result = text;
            for (var e = 0; e < edits; e++)
            {
                result = Edit(result, rng, layout, latin);
            }

            if (result != text && result.Any(char.IsLetter))
            {
                return result;
            }
        }

        return text;
    }

    private static string Edit(string text, Rng rng, KeyboardLayout layout, bool latin)
    {
        var roll = rng.NextDouble();
        return roll switch
        {
            < 0.30 => Substitute(text, rng, layout),
            < 0.45 => LookAlike(text, rng, latin) ?? Substitute(text, rng, layout),
            < 0.65 => Delete(text, rng),
            < 0.85 => Insert(text, rng, layout),
            _ => Transpose(text, rng) ?? Delete(text, rng),
        };
    }

    private static int LetterPosition(string text, Rng rng)
    {
        var letters = Enumerable.Range(0, text.Length).Where(i => char.IsLetter(text[i])).ToList();
        var inner = letters.Skip(1).ToList();
        return inner.Count > 0 && rng.Chance(0.9) ? rng.Pick(inner) : rng.Pick(letters);
    }

    private static string Substitute(string text, Rng rng, KeyboardLayout layout)
    {
        var position = LetterPosition(text, rng);
        var near = layout.Neighbours(char.ToLowerInvariant(text[position]));
        if (near.Length == 0)
        {
            return Delete(text, rng);
        }

        var replacement = near[rng.Next(near.Length)];
        return text[..position] + MatchCase(replacement, text[position]) + text[(position + 1)..];
    }

    private static string? LookAlike(string text, Rng rng, bool latin)
    {
        var candidates = Confusables.Candidates(text.ToLowerInvariant(), latin);
        if (candidates.Count == 0)
        {
            return null;
        }

        var (index, length, replacement) = rng.Pick(candidates);
        var upper = char.IsUpper(text[index]);
        var cased = upper ? replacement.ToUpperInvariant() : replacement;
        if (upper && replacement.Length > 1 && !(index + 1 < text.Length && char.IsUpper(text[index + 1])))
        {
            cased = char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }

        return text[..index] + cased + text[(index + length)..];
    }

    private static string Delete(string text, Rng rng)
    {
        // A doubled letter is the likeliest to lose one of its pair (Інна → Іна).
        var doubled = Enumerable.Range(1, text.Length - 1)
            .Where(i => char.IsLetter(text[i]) && char.ToLowerInvariant(text[i]) == char.ToLowerInvariant(text[i - 1]))
            .ToList();
        var position = doubled.Count > 0 && rng.Chance(0.7) ? rng.Pick(doubled) : LetterPosition(text, rng);
        return text.Remove(position, 1);
    }

    private static string Insert(string text, Rng rng, KeyboardLayout layout)
    {
        var position = LetterPosition(text, rng);
        var letter = char.ToLowerInvariant(text[position]);
        if (rng.Chance(0.7))
        {
            return text.Insert(position + 1, CaseLike(text, letter));
        }

        var near = layout.Neighbours(letter);
        var inserted = near.Length > 0 ? near[rng.Next(near.Length)] : letter;
        return text.Insert(position + 1, CaseLike(text, inserted));
    }

    private static string? Transpose(string text, Rng rng)
    {
        var pairs = Enumerable.Range(1, Math.Max(0, text.Length - 2))
            .Where(i => char.IsLetter(text[i]) && char.IsLetter(text[i + 1])
                && char.ToLowerInvariant(text[i]) != char.ToLowerInvariant(text[i + 1]))
            .ToList();
        if (pairs.Count == 0)
        {
            return null;
        }

        var i = rng.Pick(pairs);
        var builder = new StringBuilder(text);
        var upperFirst = char.IsUpper(text[i]);
        builder[i] = MatchCase(text[i + 1], upperFirst ? 'A' : 'a');
        builder[i + 1] = MatchCase(text[i], char.IsUpper(text[i + 1]) ? 'A' : 'a');
        return builder.ToString();
    }

    private static char MatchCase(char letter, char model) =>
        char.IsUpper(model) ? char.ToUpperInvariant(letter) : char.ToLowerInvariant(letter);

    /// <summary>An inserted letter is a capital only inside a word written in capitals.</summary>
    private static string CaseLike(string text, char letter) =>
        (text.Any(char.IsLower) ? char.ToLowerInvariant(letter) : char.ToUpperInvariant(letter)).ToString();
}
