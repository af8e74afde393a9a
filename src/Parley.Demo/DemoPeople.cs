using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Exchanges;

namespace Parley.Demo;

/// <summary>
/// Invented people for the demo, each written two ways: in Ukrainian and in Russian, with the name forms each language
/// uses (Микола / Николай, Олійник / Олейник, Кузнецов / Кузнєцов). The holding side's clerk sometimes leaves out
/// the patronymic or the date of birth, makes a typo, or swaps the day and the month: what reconciliation must see
/// through. The same seed gives the same people; nobody here is real.
/// </summary>
public sealed class DemoPeople(int seed)
{
    private static readonly (string Uk, string Ru)[] Men =
    [
        ("Олександр", "Александр"), ("Андрій", "Андрей"), ("Сергій", "Сергей"), ("Микола", "Николай"), ("Дмитро", "Дмитрий"),
        ("Олексій", "Алексей"), ("Іван", "Иван"), ("Михайло", "Михаил"), ("Юрій", "Юрий"), ("Максим", "Максим"),
        ("Павло", "Павел"), ("Віктор", "Виктор"), ("Володимир", "Владимир"), ("Євген", "Евгений"), ("Ігор", "Игорь"),
        ("Роман", "Роман"), ("Денис", "Денис"), ("Кирило", "Кирилл"), ("Олег", "Олег"), ("Петро", "Пётр"),
        ("Василь", "Василий"), ("Степан", "Степан"), ("Богдан", "Богдан"), ("Тарас", "Тарас"), ("Артем", "Артём"),
    ];

    private static readonly (string Uk, string Ru)[] Women =
    [
        ("Олена", "Елена"), ("Наталія", "Наталья"), ("Ганна", "Анна"), ("Ольга", "Ольга"), ("Ірина", "Ирина"),
        ("Марія", "Мария"), ("Тетяна", "Татьяна"), ("Юлія", "Юлия"),
    ];

    /// <summary>Fathers' names as patronymics: (Ukrainian son's, Ukrainian daughter's, Russian son's, Russian daughter's).</summary>
    private static readonly (string UkM, string UkF, string RuM, string RuF)[] Patronymics =
    [
        ("Олександрович", "Олександрівна", "Александрович", "Александровна"), ("Андрійович", "Андріївна", "Андреевич", "Андреевна"),
        ("Сергійович", "Сергіївна", "Сергеевич", "Сергеевна"), ("Миколайович", "Миколаївна", "Николаевич", "Николаевна"),
        ("Іванович", "Іванівна", "Иванович", "Ивановна"), ("Васильович", "Василівна", "Васильевич", "Васильевна"),
        ("Петрович", "Петрівна", "Петрович", "Петровна"), ("Вікторович", "Вікторівна", "Викторович", "Викторовна"),
        ("Юрійович", "Юріївна", "Юрьевич", "Юрьевна"), ("Володимирович", "Володимирівна", "Владимирович", "Владимировна"),
        ("Михайлович", "Михайлівна", "Михайлович", "Михайловна"), ("Олегович", "Олегівна", "Олегович", "Олеговна"),
    ];

    /// <summary>Ukrainian surnames and how a Russian clerk writes them.</summary>
    private static readonly (string Uk, string Ru)[] UkrainianSurnames =
    [
        ("Шевченко", "Шевченко"), ("Бондаренко", "Бондаренко"), ("Коваленко", "Коваленко"), ("Ткаченко", "Ткаченко"),
        ("Кравченко", "Кравченко"), ("Олійник", "Олейник"), ("Шевчук", "Шевчук"), ("Поліщук", "Полищук"), ("Мельник", "Мельник"),
        ("Бойко", "Бойко"), ("Коваль", "Коваль"), ("Лисенко", "Лысенко"), ("Марченко", "Марченко"), ("Руденко", "Руденко"),
        ("Савченко", "Савченко"), ("Петренко", "Петренко"), ("Мороз", "Мороз"), ("Гончаренко", "Гончаренко"),
        ("Левченко", "Левченко"), ("Кравчук", "Кравчук"), ("Ковальчук", "Ковальчук"), ("Білик", "Белик"), ("Гнатюк", "Гнатюк"),
        ("Литвиненко", "Литвиненко"), ("Павленко", "Павленко"), ("Дорошенко", "Дорошенко"), ("Зінченко", "Зинченко"),
        ("Ярошенко", "Ярошенко"), ("Тимошенко", "Тимошенко"), ("Приходько", "Приходько"),
    ];

    /// <summary>Russian surnames and how a Ukrainian clerk writes them (the feminine adds -а in both).</summary>
    private static readonly (string Ru, string Uk)[] RussianSurnames =
    [
        ("Иванов", "Іванов"), ("Смирнов", "Смирнов"), ("Кузнецов", "Кузнєцов"), ("Попов", "Попов"), ("Васильев", "Васильєв"),
        ("Петров", "Петров"), ("Соколов", "Соколов"), ("Михайлов", "Михайлов"), ("Новиков", "Новіков"), ("Фёдоров", "Федоров"),
        ("Морозов", "Морозов"), ("Волков", "Волков"), ("Алексеев", "Алексєєв"), ("Лебедев", "Лебедєв"), ("Семёнов", "Семенов"),
        ("Егоров", "Єгоров"), ("Павлов", "Павлов"), ("Козлов", "Козлов"), ("Степанов", "Степанов"), ("Николаев", "Ніколаєв"),
        ("Орлов", "Орлов"), ("Андреев", "Андрєєв"), ("Макаров", "Макаров"), ("Никитин", "Нікітін"), ("Захаров", "Захаров"),
        ("Зайцев", "Зайцев"), ("Соловьёв", "Соловйов"), ("Борисов", "Борисов"), ("Яковлев", "Яковлєв"), ("Григорьев", "Григор'єв"),
    ];

    private readonly Random _random = new(seed);

    /// <summary>
    /// A person of <paramref name="ukrainian"/> nationality, as their own side asks for them and as the holding side lists
    /// them; <paramref name="clean"/> writes both alike but for the language (no slips), for people whose match the demo
    /// needs to be sure of.
    /// </summary>
    public DemoPerson Next(bool ukrainian, ImmutableList<string> categories, LocalDate born, bool clean = false)
    {
        var female = _random.Next(100) < 3;
        var given = female ? Women[_random.Next(Women.Length)] : Men[_random.Next(Men.Length)];
        var father = Patronymics[_random.Next(Patronymics.Length)];
        string ukSurname, ruSurname;
        if (ukrainian)
        {
            (ukSurname, ruSurname) = UkrainianSurnames[_random.Next(UkrainianSurnames.Length)];
        }
        else
        {
            (ruSurname, ukSurname) = RussianSurnames[_random.Next(RussianSurnames.Length)];
            if (female)
            {
                (ruSurname, ukSurname) = (ruSurname + "а", ukSurname + "а");
            }
        }
        var uk = Details(ukSurname, given.Uk, female ? father.UkF : father.UkM, born, categories);
        var ru = Details(ruSurname, given.Ru, female ? father.RuF : father.RuM, born, categories);
        var (own, other) = ukrainian ? (uk, ru) : (ru, uk);
        return new DemoPerson(own, clean ? other : Slips(other));
    }

    /// <summary>A date of birth for an adult of <paramref name="minAge"/> to <paramref name="maxAge"/> on <paramref name="onDate"/>.</summary>
    public LocalDate BornBetween(LocalDate onDate, int minAge, int maxAge)
    {
        var youngest = onDate.PlusYears(-minAge);
        var span = Period.Between(onDate.PlusYears(-maxAge), youngest, PeriodUnits.Days).Days;
        return youngest.PlusDays(-_random.Next(Math.Max(1, span)));
    }

    /// <summary>What a clerk's list does to a name and a date, now and then (about one entry in five).</summary>
    private PersonDetails Slips(PersonDetails details)
    {
        var name = details.Names[0];
        var dob = details.DateOfBirth;
        switch (_random.Next(20))
        {
            case 0: // no patronymic
                name = new PersonName($"{name.Surname} {name.Given}", name.Surname, name.Given);
                break;
            case 1: // no date of birth
                dob = null;
                break;
            case 2 when dob is { Day: <= 12 } d && d.Day != d.Month: // day and month swapped
                dob = new LocalDate(d.Year, d.Day, d.Month);
                break;
            case 3: // a letter doubled in the given name
                var given = name.Given! + name.Given![^1];
                name = new PersonName($"{name.Surname} {given} {name.Patronymic}", name.Surname, given, name.Patronymic);
                break;
        }
        return details with { Names = [name], DateOfBirth = dob };
    }

    private static PersonDetails Details(string surname, string given, string patronymic, LocalDate born, ImmutableList<string> categories) =>
        new([new PersonName($"{surname} {given} {patronymic}", surname, given, patronymic)], born, categories,
            ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));
}
