using Parley.Evaluation.Errors;
using Parley.Evaluation.Names;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Population;

/// <summary>
/// Makes each person's identity to fit the classes planned for them (a double surname for
/// hyphen-or-double-surname, a name with a familiar form for diminutive, …) and their relation to
/// an earlier person (ERROR-MODEL.md, "Hard negatives"). Returns the plan less any class the
/// identity cannot carry. No two people share surname, given name, father's name and date.
/// </summary>
internal sealed class IdentityGenerator(long serviceMultiplier, long serviceOffset)
{
    private readonly NameTables _tables = NameTables.Shared;
    private readonly HashSet<long> _keys = [];

    public (PersonIdentity Identity, ClassSet Plan) Create(int index, Rng rng, ClassSet plan, RelationKind relation, in PersonIdentity anchor)
    {
        var person = relation switch
        {
            RelationKind.Namesake => Namesake(rng, plan, anchor),
            RelationKind.Sibling => Sibling(rng, plan, anchor),
            RelationKind.Twin => Twin(rng, anchor),
            _ => Fresh(rng, plan),
        };

        person.Military = relation == RelationKind.Twin ? anchor.Military : plan.Contains(ErrorClass.ServiceNumberFormat) || rng.Chance(0.85);
        person.Rank = person.Military ? (short)_tables.RankFrequency.Sample(rng) : (short)-1;
        person.ServiceNumber = person.Military ? (serviceMultiplier * index + serviceOffset) % ServiceNumbers.Capacity : -1;
        if (plan.Contains(ErrorClass.HyphenOrDoubleSurname) && !person.HasDoubleSurname)
        {
            person.SecondSurname = OtherSurname(rng, person.Surname);
        }

        for (var attempt = 0; !_keys.Add(person.Key) && attempt < 50; attempt++)
        {
            // A coincidence of name and date with an unrelated person: move this person's date (a
            // twin's date is the point, so the twin gets another name instead).
            if (relation == RelationKind.Twin)
            {
                person.Given = OtherGiven(rng, person.Sex, anchor, plan);
            }
            else
            {
                person.Dob = DateSampler.Sample(rng, person.Military, plan).DayNumber;
            }
        }

        return (person, Fit(person, plan));
    }

    private PersonIdentity Fresh(Rng rng, ClassSet plan)
    {
        var military = rng.Chance(0.85);
        var sex = military ? (rng.Chance(0.92) ? Sex.Male : Sex.Female) : (rng.Chance(0.5) ? Sex.Male : Sex.Female);
        var surname = (short)_tables.SurnameFrequency.Sample(rng);
        return new PersonIdentity
        {
            Sex = sex,
            Surname = surname,
            SecondSurname = -1,
            Given = SampleGiven(rng, sex, plan),
            Father = (short)_tables.MaleFrequency.Sample(rng),
            MotherMaiden = OtherSurname(rng, surname),
            Birthplace = (short)_tables.PlaceFrequency.Sample(rng),
            Dob = DateSampler.Sample(rng, military, plan).DayNumber,
        };
    }

    private PersonIdentity Namesake(Rng rng, ClassSet plan, in PersonIdentity anchor)
    {
        var person = Fresh(rng, plan);
        person.Sex = anchor.Sex;
        person.Surname = anchor.Surname;
        person.SecondSurname = anchor.SecondSurname;
        person.Given = anchor.Given;
        person.Father = rng.Chance(0.7) ? anchor.Father : person.Father;
        person.Dob = DistantDate(rng, anchor.DateOfBirth, plan, 2, 40);
        return person;
    }

    private PersonIdentity Sibling(Rng rng, ClassSet plan, in PersonIdentity anchor)
    {
        var person = Fresh(rng, plan);
        person.Sex = rng.Chance(0.65) ? Sex.Male : Sex.Female;
        person.Surname = anchor.Surname;
        person.SecondSurname = anchor.SecondSurname;
        person.Father = anchor.Father;
        person.MotherMaiden = anchor.MotherMaiden;
        person.Birthplace = rng.Chance(0.8) ? anchor.Birthplace : person.Birthplace;
        person.Given = OtherGiven(rng, person.Sex, anchor, plan);
        person.Dob = DistantDate(rng, anchor.DateOfBirth, plan, 2, 15);
        return person;
    }

    private PersonIdentity Twin(Rng rng, in PersonIdentity anchor)
    {
        var person = anchor;
        person.Sex = rng.Chance(0.65) ? anchor.Sex : (anchor.Sex == Sex.Male ? Sex.Female : Sex.Male);
        person.Given = OtherGiven(rng, person.Sex, anchor, ClassSet.Empty);
        return person;
    }

    /// <summary>A date no single date class could turn into the anchor's, within a span of years.</summary>
    private static int DistantDate(Rng rng, DateOnly anchor, ClassSet plan, int minimumYears, int maximumYears)
    {
        for (var attempt = 0; ; attempt++)
        {
            var years = rng.Next(minimumYears, maximumYears + 1) * (rng.Chance(0.5) ? -1 : 1);
            var year = Math.Clamp(anchor.Year + years, 1935, 2007);
            var date = new DateOnly(year, 1, 1).AddDays(rng.Next(DateTime.IsLeapYear(year) ? 366 : 365));
            if ((!DateConfusion.WithinOneError(anchor, date) && DateSampler.Suits(date, plan)) || attempt > 200)
            {
                return date.DayNumber;
            }
        }
    }

    private short SampleGiven(Rng rng, Sex sex, ClassSet plan)
    {
        var names = _tables.Given(sex);
        for (var attempt = 0; ; attempt++)
        {
            var given = (short)_tables.GivenFrequency(sex).Sample(rng);
            if (!plan.Contains(ErrorClass.Diminutive) || names[given].HasDiminutives || attempt > 50)
            {
                return given;
            }
        }
    }

    /// <summary>A given name that differs from the anchor's in both languages (not Ганна for Анна's twin).</summary>
    private short OtherGiven(Rng rng, Sex sex, in PersonIdentity anchor, ClassSet plan)
    {
        var anchorName = _tables.Given(anchor.Sex)[anchor.Given];
        for (var attempt = 0; ; attempt++)
        {
            var given = SampleGiven(rng, sex, plan);
            var name = _tables.Given(sex)[given];
            if ((name.Ukrainian != anchorName.Ukrainian && name.Russian != anchorName.Russian) || attempt > 50)
            {
                return given;
            }
        }
    }

    private short OtherSurname(Rng rng, short surname)
    {
        for (var attempt = 0; ; attempt++)
        {
            var other = (short)_tables.SurnameFrequency.Sample(rng);
            if (other != surname || attempt > 50)
            {
                return other;
            }
        }
    }

    /// <summary>The plan less the classes this identity cannot carry.</summary>
    private ClassSet Fit(in PersonIdentity person, ClassSet plan)
    {
        var date = person.DateOfBirth;
        if (plan.Contains(ErrorClass.DobDayMonthSwapped) && DateErrors.Swapped(date) is null)
        {
            plan = plan.Without(ErrorClass.DobDayMonthSwapped);
        }

        if (plan.Contains(ErrorClass.DobYearOff) && date.Month == 2 && date.Day == 29)
        {
            plan = plan.Without(ErrorClass.DobYearOff);
        }

        if (plan.Contains(ErrorClass.DobPlaceholder) && date.Day == 1)
        {
            plan = plan.Without(ErrorClass.DobPlaceholder);
        }

        if (plan.Contains(ErrorClass.Diminutive) && !_tables.Given(person.Sex)[person.Given].HasDiminutives)
        {
            plan = plan.Without(ErrorClass.Diminutive);
        }

        // A name spelled the same in both forms (Мельник Роман Богданович) shows no form change.
        var withPatronymic = !plan.Contains(ErrorClass.NoPatronymic);
        var ukrainian = FullName(person, Language.Ukrainian, withPatronymic);
        if (plan.Contains(ErrorClass.RuForm) && FullName(person, Language.Russian, withPatronymic) == ukrainian)
        {
            plan = plan.Without(ErrorClass.RuForm);
        }

        if (plan.Contains(ErrorClass.LetterMapped) && LetterMapping.ToRussianLetters(ukrainian) == ukrainian)
        {
            plan = plan.Without(ErrorClass.LetterMapped);
        }

        return plan;
    }

    private string FullName(in PersonIdentity person, Language language, bool withPatronymic)
    {
        var surname = _tables.Surnames[person.Surname].Form(language, person.Sex);
        var given = _tables.Given(person.Sex)[person.Given].Form(language);
        var patronymic = withPatronymic ? Patronymics.Of(_tables.Male[person.Father].Form(language), person.Sex, language) : "";
        return $"{surname} {given} {patronymic}";
    }
}
