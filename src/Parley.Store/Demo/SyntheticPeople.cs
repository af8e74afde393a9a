using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Exchanges;

namespace Parley.Store.Demo;

/// <summary>
/// Invented people for demos and tests: common Ukrainian and Russian given names, patronymics and surnames
/// combined at random with a fixed seed. Nobody here is a real person; the same seed gives the same people.
/// </summary>
public sealed class SyntheticPeople(int seed)
{
    private static readonly string[] UkrainianMale = ["Олександр", "Андрій", "Сергій", "Микола", "Дмитро", "Олексій", "Іван", "Василь", "Юрій", "Богдан", "Тарас", "Петро", "Віктор", "Володимир", "Максим", "Роман", "Євген", "Ігор", "Степан", "Павло"];
    private static readonly string[] UkrainianFemale = ["Олена", "Наталія", "Ганна", "Оксана", "Ірина", "Марія", "Тетяна", "Юлія"];
    private static readonly string[] UkrainianFathers = ["Олександрович", "Андрійович", "Сергійович", "Миколайович", "Іванович", "Васильович", "Петрович", "Вікторович", "Юрійович", "Богданович"];
    private static readonly string[] UkrainianSurnames = ["Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Кравченко", "Олійник", "Шевчук", "Поліщук", "Мельник", "Бойко", "Коваль", "Лисенко", "Марченко", "Руденко", "Савченко", "Петренко", "Мороз", "Гончаренко", "Левченко", "Кравчук"];
    private static readonly string[] RussianMale = ["Александр", "Андрей", "Сергей", "Николай", "Дмитрий", "Алексей", "Иван", "Михаил", "Юрий", "Артём", "Максим", "Павел", "Виктор", "Владимир", "Евгений", "Игорь", "Роман", "Денис", "Кирилл", "Олег"];
    private static readonly string[] RussianFemale = ["Елена", "Наталья", "Анна", "Ольга", "Ирина", "Мария", "Татьяна", "Юлия"];
    private static readonly string[] RussianFathers = ["Александрович", "Андреевич", "Сергеевич", "Николаевич", "Иванович", "Михайлович", "Петрович", "Викторович", "Юрьевич", "Владимирович"];
    private static readonly string[] RussianSurnames = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев"];

    private readonly Random _random = new(seed);

    /// <summary>A person as their own side would list them, in Cyrillic; <paramref name="ukrainian"/> picks the language.</summary>
    public PersonDetails Next(bool ukrainian, ImmutableList<string> categories, LocalDate born)
    {
        var female = _random.Next(100) < 3;
        var given = Pick(ukrainian ? (female ? UkrainianFemale : UkrainianMale) : (female ? RussianFemale : RussianMale));
        var father = Pick(ukrainian ? UkrainianFathers : RussianFathers);
        var patronymic = female ? Feminine(father, ukrainian) : father;
        var surname = Pick(ukrainian ? UkrainianSurnames : RussianSurnames);
        if (female && !ukrainian)
        {
            surname += "а";
        }
        var full = $"{surname} {given} {patronymic}";
        return new PersonDetails([new PersonName(full, surname, given, patronymic)], born, categories,
            ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));
    }

    /// <summary>A date of birth for an adult of <paramref name="minAge"/> to <paramref name="maxAge"/> on <paramref name="onDate"/>.</summary>
    public LocalDate BornBetween(LocalDate onDate, int minAge, int maxAge)
    {
        var youngest = onDate.PlusYears(-minAge);
        var span = Period.Between(onDate.PlusYears(-maxAge), youngest, PeriodUnits.Days).Days;
        return youngest.PlusDays(-_random.Next(Math.Max(1, span)));
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private static string Feminine(string patronymic, bool ukrainian) =>
        ukrainian ? patronymic.Replace("йович", "ївна").Replace("ович", "івна") : patronymic.Replace("ович", "овна").Replace("евич", "евна");
}
