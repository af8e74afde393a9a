using Parley.Evaluation.Errors;
using Parley.Evaluation.Names;
using Parley.Evaluation.Population;
using Parley.Evaluation.Randomness;
using Parley.Evaluation.Transliteration;

namespace Parley.Evaluation.Rendering;

/// <summary>
/// Writes a person's name as one side's clerk does, applying that side's classes in the order a
/// clerk would make them: the forms, familiar name, declension, double surname, missing
/// patronymic; typing errors in the script typed; transliteration; capitals; the columns used.
/// </summary>
internal static class NameRenderer
{
    public static NameParts Render(in PersonIdentity person, ClassSet classes, NameForm form, WritingScheme? scheme, Rng rng, ref ClassSet applied)
    {
        var tables = NameTables.Shared;
        var language = form == NameForm.Russian ? Language.Russian : Language.Ukrainian;
        var given = tables.Given(person.Sex)[person.Given];
        var first = tables.Surnames[person.Surname];
        var second = person.HasDoubleSurname ? tables.Surnames[person.SecondSurname] : null;
        var parts = new NameParts
        {
            Surname = first.Form(language, person.Sex),
            Given = given.Form(language),
            Patronymic = Patronymics.Of(tables.Male[person.Father].Form(language), person.Sex, language),
        };
        var secondSurname = second?.Form(language, person.Sex);

        if (classes.Contains(ErrorClass.Diminutive) && given.Diminutives(language).Count > 0)
        {
            parts.Given = rng.Pick(given.Diminutives(language));
            applied = applied.With(ErrorClass.Diminutive);
        }

        if (classes.Contains(ErrorClass.Declined))
        {
            var declined = Decline(parts, ref secondSurname, person, first, second, language, rng);
            applied = declined ? applied.With(ErrorClass.Declined) : applied;
        }

        parts.Surname = secondSurname is null ? parts.Surname : DoubleSurname(parts.Surname, secondSurname, classes, rng, ref applied);

        if (classes.Contains(ErrorClass.NoPatronymic) && parts.Patronymic.Length > 0)
        {
            parts.Patronymic = "";
            applied = applied.With(ErrorClass.NoPatronymic);
        }

        if (form == NameForm.Russian && rng.Chance(0.7))
        {
            // Russian typing usually drops the dots of ё (Пётр → Петр).
            parts.Map(text => text.Replace('ё', 'е').Replace('Ё', 'Е'));
        }

        if (form == NameForm.LetterMapped)
        {
            parts.Map(LetterMapping.ToRussianLetters);
        }

        var latin = scheme?.IsLatin == true;
        if (!latin)
        {
            Typos(parts, classes, form == NameForm.Ukrainian ? KeyboardLayout.Ukrainian : KeyboardLayout.Russian, false, rng, ref applied);
        }

        if (scheme is not null)
        {
            parts.Map(text => scheme.Apply(text, form));
        }

        if (latin)
        {
            Typos(parts, classes, KeyboardLayout.Latin, true, rng, ref applied);
        }

        if (classes.Contains(ErrorClass.Caps) && Capitals(parts, latin, rng))
        {
            applied = applied.With(ErrorClass.Caps);
        }

        Arrange(parts, classes, ref applied);
        return parts;
    }

    private static bool Decline(NameParts parts, ref string? secondSurname, in PersonIdentity person, Surname first, Surname? second, Language language, Rng rng)
    {
        var grammaticalCase = rng.Chance(0.7) ? GrammaticalCase.Genitive : GrammaticalCase.Dative;
        var before = $"{parts.Surname}|{secondSurname}|{parts.Given}|{parts.Patronymic}";
        var surname = Declension.Decline(parts.Surname, NameRole.Surname, person.Sex, first.Kind, language, grammaticalCase);
        var surnameChanged = surname != parts.Surname;
        parts.Surname = surname;
        if (secondSurname is not null && second is not null)
        {
            secondSurname = Declension.Decline(secondSurname, NameRole.Surname, person.Sex, second.Kind, language, grammaticalCase);
        }

        if (!surnameChanged || rng.Chance(0.6))
        {
            parts.Given = Declension.Decline(parts.Given, NameRole.Given, person.Sex, SurnameKind.Noun, language, grammaticalCase);
            parts.Patronymic = Declension.Decline(parts.Patronymic, NameRole.Patronymic, person.Sex, SurnameKind.Noun, language, grammaticalCase);
        }

        return before != $"{parts.Surname}|{secondSurname}|{parts.Given}|{parts.Patronymic}";
    }

    /// <summary>A double surname in full, or on the side with the class as one part, or spaced.</summary>
    private static string DoubleSurname(string first, string second, ClassSet classes, Rng rng, ref ClassSet applied)
    {
        if (!classes.Contains(ErrorClass.HyphenOrDoubleSurname))
        {
            return $"{first}-{second}";
        }

        applied = applied.With(ErrorClass.HyphenOrDoubleSurname);
        return rng.NextDouble() switch
        {
            < 0.40 => first,
            < 0.55 => second,
            < 0.85 => $"{first} {second}",
            _ => $"{first} - {second}",
        };
    }

    private static void Typos(NameParts parts, ClassSet classes, KeyboardLayout layout, bool latin, Rng rng, ref ClassSet applied)
    {
        if (classes.Contains(ErrorClass.TypoSurname))
        {
            var typed = TypoMaker.Apply(parts.Surname, rng, layout, latin);
            applied = typed != parts.Surname ? applied.With(ErrorClass.TypoSurname) : applied;
            parts.Surname = typed;
        }

        if (classes.Contains(ErrorClass.TypoGiven))
        {
            var typed = TypoMaker.Apply(parts.Given, rng, layout, latin);
            applied = typed != parts.Given ? applied.With(ErrorClass.TypoGiven) : applied;
            parts.Given = typed;
        }
    }

    /// <summary>Capitals: documents write the whole Latin name so; Cyrillic offices often only the surname.</summary>
    private static bool Capitals(NameParts parts, bool latin, Rng rng)
    {
        var before = $"{parts.Surname}|{parts.Given}|{parts.Patronymic}";
        if (rng.Chance(latin ? 0.7 : 0.5))
        {
            parts.Map(text => text.ToUpperInvariant());
        }
        else
        {
            parts.Surname = parts.Surname.ToUpperInvariant();
        }

        return before != $"{parts.Surname}|{parts.Given}|{parts.Patronymic}";
    }

    private static void Arrange(NameParts parts, ClassSet classes, ref ClassSet applied)
    {
        var swapped = classes.Contains(ErrorClass.SwappedOrder);
        if (classes.Contains(ErrorClass.NameInOneColumn))
        {
            string[] order = swapped ? [parts.Given, parts.Patronymic, parts.Surname] : [parts.Surname, parts.Given, parts.Patronymic];
            parts.Name = string.Join(' ', order.Where(part => part.Length > 0));
            parts.Surname = parts.Given = parts.Patronymic = "";
            applied = applied.With(ErrorClass.NameInOneColumn);
        }
        else if (swapped)
        {
            (parts.Surname, parts.Given) = (parts.Given, parts.Surname);
        }

        applied = swapped ? applied.With(ErrorClass.SwappedOrder) : applied;
    }
}
