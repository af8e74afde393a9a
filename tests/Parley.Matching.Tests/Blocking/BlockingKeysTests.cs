using Parley.Matching.Blocking;
using Parley.Matching.Scoring;
using Parley.Matching.Tests.Reconciliation;
using Xunit;

namespace Parley.Matching.Tests.Blocking;

public class BlockingKeysTests
{
    private readonly RecordPreparer _preparer = new();

    private IReadOnlyList<(BlockingRule Rule, ulong Key)> Keys(Records.ListRecord r) => BlockingKeys.Of(_preparer.Prepare(r, 0));

    [Theory]
    [InlineData("Shevchenko", "Mykola")]
    [InlineData("Schewtschenko", "Nikolai")]
    [InlineData("Szewczenko", "Mikołaj")]
    [InlineData("Шевченка", "Николай")]
    public void the_name_and_date_keys_survive_script_scheme_and_case(string surname, string given)
    {
        var reference = Keys(People.Person("a", "Шевченко", "Микола", dob: "1985-03-12"));
        var other = Keys(People.Person("b", surname, given, dob: "1985-03-12"));
        Assert.Contains(reference.Single(k => k.Rule == BlockingRule.SurnameDate), other);
        Assert.Contains(reference.Single(k => k.Rule == BlockingRule.SurnameGivenYearMonth), other);
        Assert.Contains(reference.Single(k => k.Rule == BlockingRule.GivenDate), other);
    }

    [Fact]
    public void a_wrong_year_still_shares_the_names_and_day_month_key()
    {
        var a = Keys(People.Person("a", "Шевченко", "Микола", dob: "1985-03-12"));
        var b = Keys(People.Person("b", "Шевченко", "Микола", dob: "1958-12-03"));
        Assert.Contains(a.Single(k => k.Rule == BlockingRule.SurnameGivenDayMonth), b);
    }

    [Fact]
    public void a_fully_dated_record_meets_a_year_only_record_through_the_fallback_but_not_another_dated_one()
    {
        var preparer = new RecordPreparer();
        var right = new[]
        {
            preparer.Prepare(People.Person("r0", "Шевченко", "Микола", dob: "1985"), 0),
            preparer.Prepare(People.Person("r1", "Шевченко", "Микола", dob: "1985-07-30"), 1),
        };
        var index = new CandidateIndex(right);
        var found = new List<int>();
        index.Candidates(preparer.Prepare(People.Person("l0", "Шевченко", "Микола", dob: "1985-03-12"), 0), index.NewScratch(), 1, found);
        Assert.Equal([0], found);
    }

    [Fact]
    public void the_service_number_is_a_key_of_its_own()
    {
        var a = Keys(People.Person("a", "Шевченко", "Микола", serviceNumber: "АВ 123456"));
        var b = Keys(People.Person("b", "Коваль", "Петро", serviceNumber: "ав123456"));
        Assert.Contains(a.Single(k => k.Rule == BlockingRule.ServiceNumber), b);
    }

    [Fact]
    public void the_index_finds_each_candidate_once()
    {
        var records = new[]
        {
            _preparer.Prepare(People.Person("r0", "Shevchenko", "Mykola", dob: "1985-03-12", serviceNumber: "X1"), 0),
            _preparer.Prepare(People.Person("r1", "Koval", "Petro", dob: "1990-01-01"), 1),
        };
        var index = new CandidateIndex(records);
        var probe = _preparer.Prepare(People.Person("l0", "Шевченко", "Микола", dob: "1985-03-12", serviceNumber: "X1"), 0);
        var found = new List<int>();
        index.Candidates(probe, index.NewScratch(), 1, found);
        Assert.Equal([0], found);
    }
}
