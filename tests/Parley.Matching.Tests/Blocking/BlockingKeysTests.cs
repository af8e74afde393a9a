using Parley.Matching.Blocking;
using Parley.Matching.Records;
using Parley.Matching.Scoring;
using Parley.Matching.Tests.Reconciliation;
using Xunit;

namespace Parley.Matching.Tests.Blocking;

public class BlockingKeysTests
{
    private readonly RecordPreparer _preparer = new();

    private IReadOnlyList<(BlockingRule Rule, ulong Key)> Keys(ListRecord r) => BlockingKeys.Of(_preparer.Prepare(r, 0));

    [Theory]
    [InlineData("Shevchenko", "Mykola")]
    [InlineData("Schewtschenko", "Nikolai")]
    [InlineData("Szewczenko", "Mikołaj")]
    [InlineData("Шевченка", "Николай")]
    [InlineData("ШЕВЧЕНКО", "Мыкола")]
    public void the_name_and_date_keys_survive_script_scheme_form_and_case(string surname, string given)
    {
        var reference = Keys(People.Person("a", "Шевченко", "Микола", dob: "1985-03-12"));
        var other = Keys(People.Person("b", surname, given, dob: "1985-03-12"));
        foreach (var rule in new[] { BlockingRule.Names, BlockingRule.SurnameDate, BlockingRule.NamesYearMonth, BlockingRule.GivenDate })
        {
            Assert.Contains(reference.Where(k => k.Rule == rule), other.Contains);
        }
    }

    [Fact]
    public void a_wrong_year_still_shares_the_names_and_day_month_key()
    {
        var a = Keys(People.Person("a", "Шевченко", "Микола", dob: "1985-03-12"));
        var b = Keys(People.Person("b", "Шевченко", "Микола", dob: "1958-12-03"));
        Assert.Contains(a.Where(k => k.Rule == BlockingRule.NamesDayMonth), b.Contains);
    }

    [Fact]
    public void names_in_swapped_order_share_the_names_key()
    {
        var a = Keys(People.Person("a", "Орлов", "Сергей"));
        var b = Keys(People.Person("b", "Сергей", "Орлов"));
        Assert.Contains(a.Where(k => k.Rule == BlockingRule.Names), b.Contains);
    }

    [Theory]
    [InlineData("Олійник", "Анатолій", "Олександрович", "Олийник", "Анатолий", "Александрович")]
    [InlineData("Литвиненко", "Валерій", null, "Lywtynenko", "Walerij", null)]
    [InlineData("Брицький", "Олександр", null, "BRICKIJ", "ALEKSANDR", null)]
    [InlineData("Брицький", "Олександр", null, "BRICZKIJ", "ALEKSANDR", null)]
    [InlineData("Орлов", "Павло", null, "Орлов", "Паввел", null)]
    [InlineData("Орлов", "Ігнат", "Петрович", "Орлов", "Инат", null)]
    [InlineData("Литвиненко", "Олександр", "Сергійович", "Литвиненко", "Олександр", "Сергийовыч")]
    public void a_pair_with_no_date_on_one_side_is_a_candidate_through_its_names_alone(
        string surname, string given, string? patronymic, string otherSurname, string otherGiven, string? otherPatronymic)
    {
        // Issue 10: with the date missing on one side, blocking must not lean on it; Russian forms, letter-by-letter
        // Russian spelling, German and Polish transcription, GOST 7.79 in capitals and a typo must all still meet.
        var left = _preparer.Prepare(People.Person("l", surname, given, patronymic, "1985-03-12"), 0);
        var right = _preparer.Prepare(People.Person("r", otherSurname, otherGiven, otherPatronymic), 0);
        Assert.Equal([0], Candidates([left], right));
    }

    [Fact]
    public void in_a_small_list_two_dated_records_of_one_name_meet_whatever_their_dates()
    {
        var right = new[] { _preparer.Prepare(People.Person("r0", "Шевченко", "Микола", dob: "1979-11-30"), 0) };
        var left = _preparer.Prepare(People.Person("l0", "Шевченко", "Микола", dob: "1985-03-12"), 0);
        Assert.Equal([0], Candidates(right, left));
    }

    [Fact]
    public void in_a_common_names_large_block_a_dated_record_meets_the_undated_and_those_sharing_part_of_its_date()
    {
        var right = Enumerable.Range(0, CandidateIndex.NameBlockForAllDates + 4)
            .Select(i => _preparer.Prepare(People.Person($"r{i}", "Шевченко", "Микола", dob: $"{1960 + i}-07-30"), i))
            .Append(_preparer.Prepare(People.Person("undated", "Шевченко", "Микола"), CandidateIndex.NameBlockForAllDates + 4))
            .Append(_preparer.Prepare(People.Person("one-digit", "Шевченко", "Микола", dob: "1985-03-13"), CandidateIndex.NameBlockForAllDates + 5))
            .ToArray();
        var left = _preparer.Prepare(People.Person("l0", "Шевченко", "Микола", dob: "1985-03-12"), 0);
        Assert.Equal([right.Length - 2, right.Length - 1], Candidates(right, left).Order());
    }

    [Fact]
    public void the_service_number_is_a_key_of_its_own_however_it_is_written()
    {
        var a = Keys(People.Person("a", "Шевченко", "Микола", serviceNumber: "АВ 123456"));
        var b = Keys(People.Person("b", "Коваль", "Петро", serviceNumber: "AV-123456"));
        Assert.Contains(a.Single(k => k.Rule == BlockingRule.ServiceNumber), b);
    }

    [Fact]
    public void the_index_finds_each_candidate_once()
    {
        var records = new[]
        {
            _preparer.Prepare(People.Person("r0", "Shevchenko", "Mykola", dob: "1985-03-12", serviceNumber: "X123456"), 0),
            _preparer.Prepare(People.Person("r1", "Koval", "Petro", dob: "1990-01-01"), 1),
        };
        var probe = _preparer.Prepare(People.Person("l0", "Шевченко", "Микола", dob: "1985-03-12", serviceNumber: "X123456"), 0);
        Assert.Equal([0], Candidates(records, probe));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void a_typo_that_makes_another_common_spelling_meets_its_pair_when_one_side_has_no_date(bool undatedIndexed)
    {
        // Осап (Остап with a letter lost) reads as Осип; both spellings common, so neither has spelling neighbours.
        var namesakes = Enumerable.Range(1, 8).Select(i => _preparer.Prepare(People.Person($"o{i}", "Коваль", i % 2 == 0 ? "Осип" : "Остап", dob: $"197{i}-01-02"), i));
        var dated = _preparer.Prepare(People.Person("dated", "Стельмах", "Остап", dob: "1985-03-12"), 0);
        var undated = _preparer.Prepare(People.Person("undated", "Стельмах", "Осап"), 0);
        PreparedRecord[] indexed = [undatedIndexed ? undated : dated, .. namesakes];
        Assert.Contains(0, Candidates(indexed, undatedIndexed ? dated : undated));
    }

    [Fact]
    public void two_dated_records_a_typo_apart_do_not_meet_by_the_one_edit_names_alone()
    {
        // Both spellings common (so neither has spelling neighbours), both records dated, the dates far apart.
        var namesakes = Enumerable.Range(1, 8).Select(i => _preparer.Prepare(People.Person($"o{i}", "Коваль", i % 2 == 0 ? "Осип" : "Остап", dob: $"197{i}-01-02"), i));
        PreparedRecord[] indexed = [_preparer.Prepare(People.Person("dated", "Стельмах", "Остап", dob: "1985-03-12"), 0), .. namesakes];
        var probe = _preparer.Prepare(People.Person("other", "Стельмах", "Осип", dob: "1990-07-01"), 0);
        Assert.DoesNotContain(0, Candidates(indexed, probe));
    }

    [Theory]
    [InlineData("1985-03-21")]
    [InlineData("1985")]
    [InlineData("1958-12-03")]
    public void two_dated_records_a_typo_apart_meet_when_they_share_the_year_or_the_day_and_month(string otherDate)
    {
        // Both spellings common (so neither has spelling neighbours) and the date wrong in one part (day and month swapped,
        // given as a year alone, the year's digits swapped): no exact name or full date carries the pair.
        var namesakes = Enumerable.Range(1, 8).Select(i => _preparer.Prepare(People.Person($"o{i}", "Коваль", i % 2 == 0 ? "Осип" : "Остап", dob: $"197{i}-01-02"), i));
        PreparedRecord[] indexed = [_preparer.Prepare(People.Person("dated", "Стельмах", "Остап", dob: "1985-03-12"), 0), .. namesakes];
        var probe = _preparer.Prepare(People.Person("other", "Стельмах", "Осип", dob: otherDate), 0);
        Assert.Contains(0, Candidates(indexed, probe));
    }

    [Fact]
    public void a_typo_in_both_names_shares_the_date_and_initials_key_across_a_day_month_swap()
    {
        var a = Keys(People.Person("a", "Кравченко", "Антоніна", dob: "1983-10-07"));
        var b = Keys(People.Person("b", "Кравчинко", "Антоінна", dob: "1983-07-10"));
        Assert.Contains(a.Where(k => k.Rule == BlockingRule.DateInitials), b.Contains);
        var other = Keys(People.Person("c", "Кравченко", "Мирослава", dob: "1983-10-07"));
        Assert.DoesNotContain(a.Where(k => k.Rule == BlockingRule.DateInitials), other.Contains);
    }

    [Theory]
    [InlineData("1983-10-17")]
    [InlineData("1983-10-01")]
    [InlineData("1988-10-07")]
    public void a_typo_in_both_names_shares_the_date_part_and_initials_key_when_one_date_part_is_wrong(string otherDate)
    {
        var a = Keys(People.Person("a", "Кравченко", "Антоніна", dob: "1983-10-07"));
        var b = Keys(People.Person("b", "Кравчинко", "Антоінна", dob: otherDate));
        Assert.Contains(a.Where(k => k.Rule == BlockingRule.DatePartInitials), b.Contains);
        var other = Keys(People.Person("c", "Кравченко", "Мирослава", dob: otherDate));
        Assert.DoesNotContain(a.Where(k => k.Rule == BlockingRule.DatePartInitials), other.Contains);
    }

    [Theory]
    [InlineData("Павлович", true)]
    [InlineData(null, true)]
    [InlineData("Петрович", false)]
    public void two_records_meet_through_part_of_the_date_and_initials_only_if_their_patronymics_do_not_name_two_fathers(
        string? patronymic, bool meets)
    {
        // Part of a date and two first letters pair many strangers (here nothing else is shared: both names differ past a
        // typo, the year too): a different father on both sides says they are two.
        var namesakes = Enumerable.Range(1, 8).Select(i => _preparer.Prepare(People.Person($"o{i}", "Коваль", i % 2 == 0 ? "Осип" : "Остап", dob: $"197{i}-01-02"), i));
        PreparedRecord[] indexed = [_preparer.Prepare(People.Person("dated", "Кравченко", "Юрій", "Павлович", "1987-09-22"), 0), .. namesakes];
        var probe = _preparer.Prepare(People.Person("other", "Кукса", "Юхим", patronymic, "1986-09-22"), 0);
        Assert.Equal(meets, Candidates(indexed, probe).Contains(0));
    }

    [Theory]
    [InlineData("Мороз", "Ірина", "Олександрівна", "Rnoroz", "Irina", "Aleksandrovna", "1977-01-14")]
    [InlineData("Мороз", "Ірина", "Олександрівна", "Rnoroz", "Irina", "Aleksandrovna", "1976-01-01")]
    [InlineData("Бондар", "Наталія", "Павлівна", "Łewczenk-Bondae", "Natalija", "Pawliwna", "1977-06-02")]
    public void a_name_misspelt_past_one_edit_meets_through_the_father_the_other_name_and_part_of_the_date(
        string surname, string given, string patronymic, string otherSurname, string otherGiven, string otherPatronymic, string otherDate)
    {
        // Issue 10 (eval: a surname typo with a placeholder date or one wrong date part): no name key, full date or
        // initials are shared, but the father, the given name and the year (or the day and month) are.
        var a = Keys(People.Person("a", surname, given, patronymic, "1977-01-01"));
        var b = Keys(People.Person("b", otherSurname, otherGiven, otherPatronymic, otherDate));
        Assert.Contains(a.Where(k => k.Rule == BlockingRule.FatherNameDatePart), b.Contains);
        var otherFather = Keys(People.Person("c", otherSurname, otherGiven, "Петрівна", otherDate));
        Assert.DoesNotContain(a.Where(k => k.Rule == BlockingRule.FatherNameDatePart), otherFather.Contains);
    }

    [Theory]
    [InlineData("Кравченко", "Оксанка", "Kravcheno", "Oksana", "Volodymyrivna", "1990")]
    [InlineData("Поліщук", "Микола", "Pollshbuk", "Nkiollaj", "Volodymyrovych", "1990-07-09")]
    [InlineData("Струк", "Микола", "Srtuk", "Nikolaai", "Vladimirovich", "1987-09-07")]
    public void both_names_misspelt_meet_through_the_father_the_surnames_first_sound_and_part_of_the_date(
        string surname, string given, string otherSurname, string otherGiven, string otherPatronymic, string otherDate)
    {
        // Issue 10 (match10): a typo in each name, or a diminutive beside a typo, with the date given in part, a part
        // wrong or day and month swapped: no name as read is shared, the father and the surname's first letter are.
        var patronymic = otherPatronymic.EndsWith("na", StringComparison.Ordinal) ? "Володимирівна" : "Володимирович";
        var a = Keys(People.Person("a", surname, given, patronymic, "1990-09-07"));
        var b = Keys(People.Person("b", otherSurname, otherGiven, otherPatronymic, otherDate));
        Assert.Contains(a.Where(k => k.Rule == BlockingRule.FatherDatePartInitial), b.Contains);
        var otherFather = Keys(People.Person("c", otherSurname, otherGiven, patronymic.Replace("Володимир", "Петр", StringComparison.Ordinal), otherDate));
        Assert.DoesNotContain(a.Where(k => k.Rule == BlockingRule.FatherDatePartInitial), otherFather.Contains);
        var otherInitial = Keys(People.Person("d", "Гонта", otherGiven, otherPatronymic, otherDate));
        Assert.DoesNotContain(a.Where(k => k.Rule == BlockingRule.FatherDatePartInitial), otherInitial.Contains);
    }

    [Theory]
    [InlineData("Николал", "1981-12-10", true)]
    [InlineData("Fëclor", "1981-09-12", true)]
    [InlineData("Трофрм", "1981", true)]
    [InlineData("Никита", "1981-12-10", false)]
    [InlineData("Николал", "1983-11-09", false)]
    public void a_given_name_misspelt_past_reading_meets_through_the_surname_and_part_of_the_date(string otherGiven, string otherDate, bool meets)
    {
        // Issue 10 (match10): the surname as read, the given name past one edit (or a diminutive the lexicon does not
        // know), the date wrong in one part or given in part, no patronymic. Two given names the lexicon knows that differ
        // are two people (Микола, Никита), and a date with no part in common pairs nothing.
        PreparedRecord[] indexed = [_preparer.Prepare(People.Person("a", "Михайлов", "Микола", dob: "1981-10-12"), 0)];
        var probe = _preparer.Prepare(People.Person("b", "Михайлов", otherGiven, dob: otherDate), 0);
        Assert.Equal(meets, Candidates(indexed, probe).Contains(0));
    }

    [Fact]
    public void a_father_column_stands_for_the_patronymic_a_list_does_not_write()
    {
        // Issue 10 (match10): one list writes Орестович, the other leaves the patronymic out and names the father in a
        // column of its own; the surname is misspelt twice and the date is missing — the given name and the father carry it.
        var a = Keys(People.Person("a", "Костюк", "Ростислав", "Орестович", "1996-07-11"));
        var b = Keys(People.Person("b", "Котсю", "Ростислав", father: "Орест"));
        Assert.Contains(a.Where(k => k.Rule == BlockingRule.GivenPatronymicInitial), b.Contains);
        var withoutFather = Keys(People.Person("c", "Котсю", "Ростислав"));
        Assert.DoesNotContain(a.Where(k => k.Rule == BlockingRule.GivenPatronymicInitial), withoutFather.Contains);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void a_one_edit_name_pairs_an_undated_record_only_while_few_records_share_it(int beyondTheCap, bool meets)
    {
        // Стельмах Остап, dated, up to the most a one-edit block keeps and one more: an undated Стельмах Осап meets them,
        // then none of them (a name that many share could not carry a pair with no date to a match).
        var namesakes = Enumerable.Range(1, 8).Select(i => _preparer.Prepare(People.Person($"o{i}", "Коваль", i % 2 == 0 ? "Осип" : "Остап", dob: $"197{i}-01-02"), i));
        PreparedRecord[] crowd = [.. Enumerable.Range(0, CandidateIndex.NearBlockSize + beyondTheCap)
            .Select(i => _preparer.Prepare(People.Person($"s{i}", "Стельмах", "Остап", dob: $"198{i}-03-12"), i))];
        PreparedRecord[] indexed = [.. crowd, .. namesakes];
        var undated = _preparer.Prepare(People.Person("undated", "Стельмах", "Осап"), 0);
        Assert.Equal(meets ? crowd.Length : 0, Candidates(indexed, undated).Count(i => i < crowd.Length));
    }

    private static List<int> Candidates(PreparedRecord[] indexed, PreparedRecord probe)
    {
        var index = new CandidateIndex(indexed, new SpellingNeighbours(indexed, [probe]));
        var found = new List<int>();
        index.Candidates(probe, index.NewScratch(), 1, found);
        return found;
    }
}
