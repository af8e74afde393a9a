using System.Collections.Frozen;
using Parley.Matching.Scoring;

namespace Parley.Matching.Ranks;

/// <summary>
/// Military ranks as grades, whatever language or scheme a list writes them in: Ukrainian (the 2020 scale with
/// штаб-сержант and майстер-сержант), Russian, the English translations both countries' documents and the ICRC use,
/// and either Cyrillic spelling romanised. A rank is a set of grades (a bit each), because some words stand for more
/// than one rank: старшина is the Russian for both головний сержант and штаб-сержант, "staff sergeant" renders both
/// старший сержант and штаб-сержант, генерал-майор is a one-star general in Russia and a two-star one in Ukraine.
/// Grades run from 1 (private) upward, other ranks first, then officers; navy ranks take their army equivalent's grade.
/// Pure; the table is built once.
/// </summary>
public static class MilitaryRanks
{
    private static readonly FrozenDictionary<string, int> ByKey = Build();

    /// <summary>
    /// The grades <paramref name="text"/> stands for, one bit a grade (bit g for grade g); 0 for a rank the table does
    /// not know, or no text.
    /// </summary>
    public static int Grades(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : ByKey.GetValueOrDefault(Key(text));

    /// <summary>The form a rank is looked up by: romanised, lower case, hyphens and dots read as spaces, spaces single.</summary>
    public static string Key(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var spaced = text.Replace('-', ' ').Replace('.', ' ').Replace('_', ' ');
        return string.Join(' ', RecordPreparer.Latin(spaced).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True if two grade sets share a grade.</summary>
    public static bool Same(int a, int b) => (a & b) != 0;

    /// <summary>True if a grade of one set is next to a grade of the other (a promotion, or a neighbouring rank's translation).</summary>
    public static bool Adjacent(int a, int b) => (((a << 1) | (a >> 1)) & b) != 0;

    private static FrozenDictionary<string, int> Build()
    {
        (int[] Grades, string[] Spellings)[] table =
        [
            ([1], ["солдат", "рядовий", "рядовой", "матрос", "private", "soldier", "seaman", "sailor", "rifleman"]),
            ([2], ["старший солдат", "ефрейтор", "старший матрос", "private first class", "senior private", "senior soldier", "lance corporal", "able seaman", "senior seaman", "senior sailor"]),
            ([3], ["молодший сержант", "младший сержант", "junior sergeant", "lance sergeant", "corporal"]),
            ([4], ["сержант", "sergeant"]),
            ([5], ["старший сержант", "senior sergeant"]),
            ([5, 7], ["staff sergeant"]),
            ([6], ["головний сержант", "chief sergeant", "sergeant first class"]),
            ([6, 8], ["master sergeant"]),
            ([6, 7, 8], ["старшина", "petty officer", "sergeant major"]),
            ([7], ["штаб сержант"]),
            ([8], ["майстер сержант", "прапорщик", "warrant officer"]),
            ([9], ["старший майстер сержант", "старший прапорщик", "senior master sergeant", "senior warrant officer"]),
            ([10], ["головний майстер сержант", "chief master sergeant"]),
            ([11], ["молодший лейтенант", "младший лейтенант", "junior lieutenant", "second lieutenant", "ensign"]),
            ([12], ["лейтенант", "lieutenant"]),
            ([13], ["старший лейтенант", "senior lieutenant", "first lieutenant"]),
            ([14], ["капітан", "капитан", "captain", "капітан лейтенант", "капитан лейтенант", "captain lieutenant"]),
            ([15], ["майор", "major", "капітан 3 рангу", "капитан 3 ранга", "lieutenant commander"]),
            ([16], ["підполковник", "подполковник", "lieutenant colonel", "капітан 2 рангу", "капитан 2 ранга", "commander"]),
            ([17], ["полковник", "colonel", "капітан 1 рангу", "капитан 1 ранга"]),
            ([18], ["бригадний генерал", "brigadier general", "brigadier"]),
            ([18, 19], ["генерал майор"]),
            ([19], ["major general"]),
            ([19, 20], ["генерал лейтенант"]),
            ([20], ["генерал полковник", "lieutenant general"]),
            ([21], ["генерал", "генерал армии", "general", "army general"]),
        ];
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((var grades, var spellings) in table)
        {
            var bits = grades.Aggregate(0, static (sum, g) => sum | (1 << g));
            foreach (var spelling in spellings)
            {
                // The Cyrillic spelling romanised too (serzhant, kapitan), for a list that writes ranks in Latin letters.
                byKey[Key(spelling)] = byKey.GetValueOrDefault(Key(spelling)) | bits;
            }
        }
        return byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
