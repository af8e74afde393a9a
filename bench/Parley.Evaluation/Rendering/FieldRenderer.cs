using Parley.Evaluation.Errors;
using Parley.Evaluation.Names;
using Parley.Evaluation.Population;
using Parley.Evaluation.Randomness;
using Parley.Evaluation.Transliteration;

namespace Parley.Evaluation.Rendering;

/// <summary>
/// The fields other than name and date, each known to a side only some of the time, in that side's
/// language and script. Missing fields are normal for lists and carry no class.
/// </summary>
internal sealed class FieldRenderer(Side side, NameForm form, WritingScheme? scheme, Rng rng)
{
    private readonly NameTables _tables = NameTables.Shared;
    private readonly bool _left = side == Side.Left;

    public string ServiceNumber(in PersonIdentity person, ClassSet plan, ClassSet classes, ref ClassSet applied)
    {
        if (person.ServiceNumber < 0)
        {
            return "";
        }

        // When the pair is to show the number written differently, both sides must have it.
        var formatPlanned = plan.Contains(ErrorClass.ServiceNumberFormat);
        if (!formatPlanned && !rng.Chance(_left ? 0.65 : 0.35))
        {
            return "";
        }

        var canonical = ServiceNumbers.Canonical(person.ServiceNumber);
        if (!classes.Contains(ErrorClass.ServiceNumberFormat))
        {
            return canonical;
        }

        applied = applied.With(ErrorClass.ServiceNumberFormat);
        return ServiceNumbers.Variant(canonical, rng);
    }

    public string Rank(in PersonIdentity person) =>
        person.Rank >= 0 && rng.Chance(_left ? 0.70 : 0.40) ? Term(_tables.Ranks[person.Rank]) : "";

    public string Category(in PersonIdentity person) =>
        rng.Chance(_left ? 0.85 : 0.60) ? Term(_tables.Categories[person.Military ? 0 : 1]) : "";

    public string Birthplace(in PersonIdentity person)
    {
        if (!rng.Chance(_left ? 0.45 : 0.35))
        {
            return "";
        }

        var place = _tables.Places[person.Birthplace];
        return Written(form == NameForm.Russian ? place.Russian : place.Ukrainian);
    }

    public string Father(in PersonIdentity person) =>
        rng.Chance(_left ? 0.15 : 0.10) ? Written(_tables.Male[person.Father].Form(Language)) : "";

    public string MotherMaiden(in PersonIdentity person) =>
        rng.Chance(_left ? 0.08 : 0.05) ? Written(_tables.Surnames[person.MotherMaiden].Form(Language, Sex.Female)) : "";

    private Language Language => form == NameForm.Russian ? Language.Russian : Language.Ukrainian;

    /// <summary>A word of the list's own vocabulary: English in Latin lists, the Russian word in a foreign script's letters, else the side's language.</summary>
    private string Term(Term term) => scheme switch
    {
        { IsLatin: true } => term.English,
        { } foreign => foreign.Apply(term.Russian, NameForm.Russian),
        null => term.Form(Language),
    };

    /// <summary>A proper name in the side's form and script.</summary>
    private string Written(string text)
    {
        var cyrillic = form == NameForm.LetterMapped ? LetterMapping.ToRussianLetters(text) : text;
        return scheme is null ? cyrillic : scheme.Apply(cyrillic, form);
    }
}
