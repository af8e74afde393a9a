namespace Parley.Matching.Tests;

/// <summary>Deterministic made-up names built from Russian and Ukrainian syllables and endings.</summary>
internal static class SyntheticNames
{
    private static readonly string[] RussianOnsets = ["б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц", "ч", "ш", "щ", "бр", "гр", "кр", "пр", "тр", "ст", "ск", "шв", "зв", "хм"];
    private static readonly string[] RussianVowels = ["а", "о", "у", "е", "и", "ы", "я", "ю", "ё", "э"];
    private static readonly string[] RussianEndings = ["ов", "ев", "ин", "ский", "енко", "ук", "ич", "ай", "ей", "ий", "ня", "ьев", "ёв", "ан"];

    private static readonly string[] UkrainianOnsets = ["б", "в", "г", "ґ", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "х", "ц", "ч", "ш", "щ", "бр", "гр", "кр", "пр", "зг", "ст", "шв", "хм"];
    private static readonly string[] UkrainianVowels = ["а", "о", "у", "е", "и", "і", "я", "ю", "є", "ї"];
    private static readonly string[] UkrainianEndings = ["енко", "ук", "юк", "чук", "ський", "ич", "ій", "ів", "ин", "ець", "'як", "ко"];

    internal static IReadOnlyList<string> Russian(int count, int seed) =>
        Make(count, seed, RussianOnsets, RussianVowels, RussianEndings);

    internal static IReadOnlyList<string> Ukrainian(int count, int seed) =>
        Make(count, seed, UkrainianOnsets, UkrainianVowels, UkrainianEndings);

    private static List<string> Make(int count, int seed, string[] onsets, string[] vowels, string[] endings)
    {
        var random = new Random(seed);
        var names = new List<string>(count);
        for (var n = 0; n < count; n++)
        {
            var parts = new List<string>();
            var syllables = random.Next(1, 4);
            if (random.Next(5) == 0)
            {
                parts.Add(vowels[random.Next(vowels.Length)]);
            }
            for (var s = 0; s < syllables; s++)
            {
                parts.Add(onsets[random.Next(onsets.Length)]);
                parts.Add(vowels[random.Next(vowels.Length)]);
            }
            parts.Add(onsets[random.Next(onsets.Length)]);
            parts.Add(endings[random.Next(endings.Length)]);
            var name = string.Concat(parts);
            names.Add(char.ToUpperInvariant(name[0]) + name[1..]);
        }
        return names;
    }
}
