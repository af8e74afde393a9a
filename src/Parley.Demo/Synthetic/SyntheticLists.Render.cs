using Parley.Matching.Records;
using Parley.Matching.Transliteration;

namespace Parley.Demo.Synthetic;

public static partial class SyntheticLists
{
    private static readonly Lazy<TransliterationScheme[]> UkrainianSchemes = new(() =>
        [Schemes.UkrainianNational2010, Schemes.UkrainianBgnPcgn, Schemes.Iso9]);

    private static readonly Lazy<TransliterationScheme[]> RussianSchemes = new(() =>
        [Schemes.RussianIcao9303, Schemes.RussianMvd1997, Schemes.RussianBgnPcgn1947, Schemes.Iso9, Schemes.RussianGerman, Schemes.RussianFrench, Schemes.RussianPolish]);

    /// <summary>Romanisations are memoised: the inputs come from a small vocabulary, and romanising is the costliest step.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Scheme, string Text), string> Romanised = new();

    private static string Romanise(TransliterationScheme scheme, string text) =>
        Romanised.GetOrAdd((scheme.Id, text), key => scheme.Romanise(key.Text));

    /// <summary>The left side writes its own people carefully, in Ukrainian, with some facts missing.</summary>
    private static ListRecord RenderLeft(Person p, string id, int row, ref SeededRandom random)
    {
        var pools = NamePools.Instance;
        var surname = p.Surname.Form(russian: false, p.Feminine);
        if (random.Chance(0.08))
        {
            surname = surname.ToUpperInvariant();
        }
        return new ListRecord(
            Id: id,
            Surname: surname,
            Given: p.Given.Uk,
            Patronymic: random.Chance(0.92) ? p.Father.Patronymics.Form(russian: false, p.Feminine) : null,
            FullName: null,
            DateOfBirth: random.Chance(0.97) ? new PartialDate(p.Year, p.Month, p.Day) : null,
            ServiceNumber: p.KnownServiceNumber && random.Chance(0.9) ? p.ServiceNumber : null,
            Rank: p.KnownRank && !p.Civilian ? pools.Ranks[p.Rank].Uk : null,
            Birthplace: p.KnownBirthplace ? pools.Places[p.Birthplace].Uk : null,
            Father: p.KnownFather ? p.Father.Uk + " " + p.Surname.UkMasculine : null,
            MotherMaiden: p.KnownMother ? p.MotherMaiden.UkFeminine : null,
            Category: random.Chance(0.85) ? (p.Civilian ? NamePools.Civilian : NamePools.Military).Uk : null,
            SourceRow: row);
    }

    /// <summary>
    /// The right side writes the person in its own way (a script and scheme), then perhaps makes one
    /// error; the difficulty class names the error, or the script change when there is none.
    /// </summary>
    private static (ListRecord Record, string DifficultyClass) RenderRight(Person p, string id, int row, ref SeededRandom random)
    {
        var pools = NamePools.Instance;
        var script = random.NextDouble();
        var baseClass = script < 0.2 ? DifficultyClasses.SameScript : script < 0.5 ? DifficultyClasses.CrossCyrillic : DifficultyClasses.LatinScheme;
        TransliterationScheme? scheme = null;
        var russian = baseClass == DifficultyClasses.CrossCyrillic;
        if (baseClass == DifficultyClasses.LatinScheme)
        {
            russian = random.Chance(0.7);
            scheme = random.Pick(russian ? RussianSchemes.Value : UkrainianSchemes.Value);
        }

        var e = random.NextDouble();
        var error = e < 0.35 ? null
            : e < 0.45 ? DifficultyClasses.Declined
            : e < 0.55 ? DifficultyClasses.SwappedOrder
            : e < 0.70 ? DifficultyClasses.DateError
            : e < 0.85 ? DifficultyClasses.Typo
            : DifficultyClasses.Sparse;

        var surname = p.Surname.Form(russian, p.Feminine);
        if (error == DifficultyClasses.Declined)
        {
            var genitive = p.Surname.Genitive(russian, p.Feminine);
            if (genitive is null && scheme is null)
            {
                // Russian does not decline -енко or feminine -ова in writing as Ukrainian does: write Ukrainian instead.
                genitive = p.Surname.Genitive(russian: false, p.Feminine);
                if (genitive is not null)
                {
                    russian = false;
                    baseClass = DifficultyClasses.SameScript;
                }
            }
            if (genitive is null)
            {
                error = null;
            }
            else
            {
                surname = genitive;
            }
        }

        var given = p.Given.Form(russian);
        var patronymic = random.Chance(scheme is null ? 0.88 : 0.6) ? p.Father.Patronymics.Form(russian, p.Feminine) : null;
        string? fullName = null;
        PartialDate? dob = random.Chance(0.97) ? new PartialDate(p.Year, p.Month, p.Day) : null;
        var serviceNumber = p.KnownServiceNumber && random.Chance(0.7) ? p.ServiceNumber : null;
        var (rankUk, rankRu, rankEn) = pools.Ranks[p.Rank];
        var rank = p.KnownRank && !p.Civilian && random.Chance(0.8) ? (scheme is not null ? rankEn : russian ? rankRu : rankUk) : null;
        var (placeUk, placeRu) = pools.Places[p.Birthplace];
        var birthplace = p.KnownBirthplace && random.Chance(0.8) ? (russian ? placeRu : placeUk) : null;
        var father = p.KnownFather && random.Chance(0.7) ? p.Father.Form(russian) + " " + p.Surname.Form(russian, feminine: false) : null;
        var mother = p.KnownMother && random.Chance(0.7) ? p.MotherMaiden.Form(russian, feminine: true) : null;
        var category = p.Civilian ? NamePools.Civilian : NamePools.Military;
        var categoryText = random.Chance(0.8) ? (scheme is not null ? category.En : russian ? category.Ru : category.Uk) : null;

        if (scheme is not null)
        {
            surname = Romanise(scheme, surname);
            given = Romanise(scheme, given);
            patronymic = patronymic is null ? null : Romanise(scheme, patronymic);
            birthplace = birthplace is null ? null : Romanise(scheme, birthplace);
            father = father is null ? null : Romanise(scheme, father);
            mother = mother is null ? null : Romanise(scheme, mother);
        }
        if (random.Chance(scheme is null ? 0.1 : 0.3))
        {
            surname = surname.ToUpperInvariant();
        }

        switch (error)
        {
            case DifficultyClasses.Typo:
                var edits = random.Chance(0.7) ? 1 : 2;
                if (random.Chance(0.7))
                {
                    surname = Errors.Typo(surname, edits, russian, ref random);
                }
                else
                {
                    given = Errors.Typo(given, edits, russian, ref random);
                }
                break;
            case DifficultyClasses.DateError:
                dob = Errors.WrongDate(p.Year, p.Month, p.Day, ref random);
                break;
            case DifficultyClasses.SwappedOrder:
                if (random.Chance(0.5))
                {
                    (surname, given) = (given, surname);
                }
                else
                {
                    fullName = patronymic is null ? $"{given} {surname}" : $"{given} {patronymic} {surname}";
                    (surname, given, patronymic) = (null, null, null);
                }
                break;
            case DifficultyClasses.Sparse:
                patronymic = null;
                dob = random.Chance(0.5) ? new PartialDate(p.Year, null, null) : null;
                (serviceNumber, rank, birthplace, father, mother, categoryText) = (null, null, null, null, null, null);
                break;
        }

        // Some lists carry one full-name column in the usual order, surname first.
        if (fullName is null && error != DifficultyClasses.SwappedOrder && random.Chance(0.1))
        {
            fullName = patronymic is null ? $"{surname} {given}" : $"{surname} {given} {patronymic}";
            (surname, given, patronymic) = (null, null, null);
        }

        var record = new ListRecord(id, surname, given, patronymic, fullName, dob, serviceNumber, rank, birthplace, father, mother, categoryText, row);
        return (record, error ?? baseClass);
    }
}
