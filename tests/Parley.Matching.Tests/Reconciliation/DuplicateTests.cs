using Parley.Matching.Assignment;
using Parley.Matching.Reconciliation;
using Xunit;
using static Parley.Matching.Tests.Reconciliation.People;

namespace Parley.Matching.Tests.Reconciliation;

public class DuplicateTests
{
    [Fact]
    public void the_same_person_listed_twice_in_two_scripts_is_a_duplicate()
    {
        var list = Left(
            Person("D-1", "Шевченко", "Микола", "Іванович", "1985-03-12"),
            Person("D-2", "Shevchenko", "Mykola", "Ivanovych", "1985-03-12"));
        var result = Reconciler.FindDuplicates(list);
        var pair = Assert.Single(result.Pairs, p => result.Left[p.Left].Source.Id == "D-1");
        Assert.Equal("D-2", result.Right[pair.Right].Source.Id);
        Assert.Equal(Decision.Match, pair.Decision);
    }

    [Fact]
    public void a_person_listed_three_times_forms_one_group()
    {
        var list = Left(
            Person("D-1", "Шевченко", "Микола", "Іванович", "1985-03-12"),
            Person("D-2", "Shevchenko", "Mykola", "Ivanovych", "1985-03-12"),
            Person("D-3", "Шевченко", "Николай", "Иванович", "1985-03-12"));
        var result = Reconciler.FindDuplicates(list);
        var groups = DuplicateGroups.Of(result.Pairs, result.Left.Count, Decision.Review);
        var group = Assert.Single(groups, g => g.Any(i => result.Left[i].Source.Id == "D-1"));
        Assert.Equal(["D-1", "D-2", "D-3"], group.Select(i => result.Left[i].Source.Id).Order());
    }

    [Fact]
    public void pairs_within_one_list_are_never_a_record_with_itself_and_never_repeated()
    {
        var result = Reconciler.FindDuplicates(Left());
        Assert.All(result.Pairs, p => Assert.True(p.Left < p.Right));
        Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => (p.Left, p.Right)).Distinct().Count());
    }
}
