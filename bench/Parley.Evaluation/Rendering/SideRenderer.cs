using Parley.Evaluation.Errors;
using Parley.Evaluation.Population;
using Parley.Evaluation.Randomness;
using Parley.Evaluation.Transliteration;

namespace Parley.Evaluation.Rendering;

/// <summary>One side's record of a person: its script and form from the right side's script class, then the rest.</summary>
internal static class SideRenderer
{
    public static SideResult Render(in PersonIdentity person, ClassSet plan, ClassSet classes, Side side, EvaluationProfile profile, Rng rng)
    {
        var applied = ClassSet.Empty;
        var scheme = side == Side.Right ? SchemeOf(classes) : null;
        var form = FormOf(classes, scheme);
        if (scheme is not null)
        {
            applied = applied.With(scheme.Class);
        }

        if (classes.Contains(ErrorClass.RuForm) && form == NameForm.Russian)
        {
            applied = applied.With(ErrorClass.RuForm);
        }

        if (classes.Contains(ErrorClass.LetterMapped))
        {
            applied = applied.With(ErrorClass.LetterMapped);
        }

        var latin = scheme?.IsLatin == true;
        var names = NameRenderer.Render(person, classes, form, scheme, rng, ref applied);
        var dob = profile == EvaluationProfile.NoDates
            ? ""
            : DobRenderer.Render(person.DateOfBirth, classes, DateWriter.ChooseStyle(rng, side, latin), rng, ref applied);
        var fields = new FieldRenderer(side, form, scheme, rng);
        var record = new EvaluationRecord
        {
            Surname = names.Surname,
            Given = names.Given,
            Patronymic = names.Patronymic,
            Name = names.Name,
            Dob = dob,
            ServiceNumber = fields.ServiceNumber(person, plan, classes, ref applied),
            Rank = fields.Rank(person),
            Birthplace = fields.Birthplace(person),
            Father = fields.Father(person),
            MotherMaiden = fields.MotherMaiden(person),
            Category = fields.Category(person),
        };
        return new SideResult(record, applied, form, latin);
    }

    private static WritingScheme? SchemeOf(ClassSet classes)
    {
        var script = classes.Classes().FirstOrDefault(errorClass => ClassCatalog.IsLatin(errorClass) || ClassCatalog.IsForeignScript(errorClass));
        return classes.Classes().Any(errorClass => ClassCatalog.IsLatin(errorClass) || ClassCatalog.IsForeignScript(errorClass))
            ? Schemes.ForClass(script)
            : null;
    }

    /// <summary>The Cyrillic the names are written in, before any transliteration.</summary>
    private static NameForm FormOf(ClassSet classes, WritingScheme? scheme)
    {
        if (classes.Contains(ErrorClass.LetterMapped))
        {
            return NameForm.LetterMapped;
        }

        if (classes.Contains(ErrorClass.RuForm) || scheme?.Source == SchemeSource.RussianOnly)
        {
            return NameForm.Russian;
        }

        return NameForm.Ukrainian;
    }
}
