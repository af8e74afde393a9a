using Parley.Evaluation.Errors;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Rendering;

/// <summary>
/// The light change a second or third copy of a person in one list gets (ERROR-MODEL.md,
/// "Duplicates within a list"): none, a typo, the date missing, capitals, no patronymic.
/// </summary>
internal static class CopyVariation
{
    public static (EvaluationRecord Record, ClassSet Variation) Apply(EvaluationRecord record, ClassSet plan, SideResult primary, Rng rng)
    {
        var roll = rng.NextDouble();
        var layout = primary.Latin ? KeyboardLayout.Latin
            : primary.Form == Transliteration.NameForm.Ukrainian ? KeyboardLayout.Ukrainian
            : KeyboardLayout.Russian;
        if (roll < 0.40)
        {
            return (record, ClassSet.Empty);
        }

        if (roll < 0.55 && record.Surname.Length > 0 && Typed(record.Surname, layout, primary.Latin, rng) is { } surname)
        {
            return (record with { Surname = surname }, ClassSet.Empty.With(ErrorClass.TypoSurname));
        }

        if (roll is >= 0.55 and < 0.70 && record.Given.Length > 0 && Typed(record.Given, layout, primary.Latin, rng) is { } given)
        {
            return (record with { Given = given }, ClassSet.Empty.With(ErrorClass.TypoGiven));
        }

        var noDateClass = !plan.Classes().Any(ClassCatalog.IsDate);
        if (roll is >= 0.70 and < 0.80 && record.Dob.Length > 0 && noDateClass)
        {
            return (record with { Dob = "" }, ClassSet.Empty.With(ErrorClass.DobMissing));
        }

        var upper = record.Surname.ToUpperInvariant();
        if (roll is >= 0.80 and < 0.90 && !plan.Contains(ErrorClass.Caps) && upper != record.Surname && !HasGeorgian(record.Surname))
        {
            return (record with { Surname = upper }, ClassSet.Empty.With(ErrorClass.Caps));
        }

        if (roll >= 0.90 && record.Patronymic.Length > 0 && !plan.Contains(ErrorClass.NoPatronymic))
        {
            return (record with { Patronymic = "" }, ClassSet.Empty.With(ErrorClass.NoPatronymic));
        }

        return (record, ClassSet.Empty);
    }

    private static string? Typed(string text, KeyboardLayout layout, bool latin, Rng rng)
    {
        var typed = TypoMaker.Apply(text, rng, layout, latin);
        return typed == text ? null : typed;
    }

    // Mkhedruli letters have Mtavruli capitals in Unicode that no clerk types.
    private static bool HasGeorgian(string text) => text.Any(c => c is >= '\u10A0' and <= '\u10FF');
}
