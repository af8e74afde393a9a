using Parley.Evaluation.Errors;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Planning;

/// <summary>Classes at the natural rates of ERROR-MODEL.md ("Classes" and "Latin schemes").</summary>
internal static class NaturalPlanner
{
    // Right-record renderings: Ukrainian Cyrillic (no class), Russian forms, letter by letter, twelve schemes.
    private static readonly WeightedTable<ErrorClass?> Script = new(
    [
        (null, 20), (ErrorClass.RuForm, 28), (ErrorClass.LetterMapped, 10),
        (ErrorClass.LatinUa2010, 10), (ErrorClass.LatinIcao9303, 7), (ErrorClass.LatinMvd1997, 4),
        (ErrorClass.LatinGost779B, 3), (ErrorClass.LatinBgnPcgnRu, 3), (ErrorClass.LatinBgnPcgnUk1965, 2),
        (ErrorClass.LatinIso9, 2), (ErrorClass.LatinGerman, 2.5), (ErrorClass.LatinPolish, 2.5),
        (ErrorClass.LatinFrench, 2), (ErrorClass.LatinLoc, 2), (ErrorClass.LatinScholarly, 2),
    ]);

    private static readonly WeightedTable<ErrorClass?> Date = new(
    [
        (null, 81.8), (ErrorClass.DobOneDigit, 2), (ErrorClass.DobDayOff, 0.7), (ErrorClass.DobDayMonthSwapped, 1),
        (ErrorClass.DobYearOff, 1), (ErrorClass.DobMissing, 8), (ErrorClass.DobPartial, 4), (ErrorClass.DobPlaceholder, 1.5),
    ]);

    private static readonly (ErrorClass Class, double Rate)[] Independent =
    [
        (ErrorClass.SwappedOrder, 0.03), (ErrorClass.TypoSurname, 0.03), (ErrorClass.TypoGiven, 0.03),
        (ErrorClass.Declined, 0.02), (ErrorClass.HyphenOrDoubleSurname, 0.01), (ErrorClass.NameInOneColumn, 0.10),
        (ErrorClass.Diminutive, 0.01),

        // 30% of the pairs where both sides know the service number (about a quarter of pairs).
        (ErrorClass.ServiceNumberFormat, 0.07),
    ];

    public static ClassSet Sample(Rng rng, EvaluationProfile profile)
    {
        var set = ClassSet.Empty;
        var latin = false;
        if (profile == EvaluationProfile.Georgian)
        {
            set = set.With(rng.Chance(0.7) ? ErrorClass.ScriptGeorgian : ErrorClass.ScriptArmenian);
        }
        else if (Script.Sample(rng) is { } script)
        {
            set = set.With(script);
            latin = ClassCatalog.IsLatin(script);
            set = WithSource(set, script, rng);
        }

        if (profile != EvaluationProfile.NoDates && Date.Sample(rng) is { } date)
        {
            set = set.With(date);
        }

        if (rng.Chance(latin ? 0.40 : 0.08))
        {
            set = set.With(ErrorClass.NoPatronymic);
        }

        var documentStyle = set.Contains(ErrorClass.LatinIcao9303) || set.Contains(ErrorClass.LatinMvd1997)
            || set.Contains(ErrorClass.LatinGost779B);
        if (rng.Chance(documentStyle ? 0.60 : 0.10))
        {
            set = set.With(ErrorClass.Caps);
        }

        foreach (var (errorClass, rate) in Independent)
        {
            if (rng.Chance(rate))
            {
                set = set.With(errorClass);
            }
        }

        return set;
    }

    /// <summary>Which forms a Latin record was made from (ERROR-MODEL.md): tags ru-form or letter-mapped.</summary>
    private static ClassSet WithSource(ClassSet set, ErrorClass script, Rng rng)
    {
        if (!ClassCatalog.IsLatin(script))
        {
            return set;
        }

        return Transliteration.Schemes.Source(script) switch
        {
            Transliteration.SchemeSource.Either => rng.NextDouble() switch
            {
                < 0.5 => set,
                < 0.9 => set.With(ErrorClass.RuForm),
                _ => set.With(ErrorClass.LetterMapped),
            },
            Transliteration.SchemeSource.RussianOnly => rng.Chance(0.15) ? set.With(ErrorClass.LetterMapped) : set,
            _ => set,
        };
    }
}
