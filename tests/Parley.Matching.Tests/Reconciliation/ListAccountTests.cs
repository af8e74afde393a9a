using Parley.Matching.Reconciliation;
using Xunit;
using static Parley.Matching.Tests.Reconciliation.People;

namespace Parley.Matching.Tests.Reconciliation;

/// <summary>Issue 10's bad input: lists the engine can do little with say so, instead of showing a low count of matches.</summary>
public class ListAccountTests
{
    [Fact]
    public void names_in_georgian_and_armenian_letters_are_counted_unreadable_and_left_unmatched()
    {
        var result = Reconciler.Reconcile(
            Left(Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "АВ123456")),
            [
                Person("R-1", "შევჩენკო", "ნიკოლაი", dob: "1985-03-12", serviceNumber: "АВ123456"),
                Person("R-2", "Շևչենկո", "Նիկոլայ", dob: "1979-11-30"),
            ]);
        Assert.Equal(2, result.RightAccount.UnreadableNames);
        Assert.Equal(1, result.RightAccount.UnreadableScripts["Georgian"]);
        Assert.Equal(1, result.RightAccount.UnreadableScripts["Armenian"]);
        Assert.Empty(result.Pairs);
        Assert.Contains(result.Warnings, w => w.StartsWith("every name of the right list (2 records) is in letters the engine cannot read (Armenian 1, Georgian 1)", StringComparison.Ordinal));
    }

    [Fact]
    public void a_list_that_gives_no_date_of_birth_says_its_pairs_rest_on_names_alone()
    {
        var result = Reconciler.Reconcile(
            Left(Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12")),
            [Person("R-1", "Шевченко", "Николай", "Иванович"), Person("R-2", "Коваль", "Петро", "Іванович")]);
        Assert.Equal(2, result.RightAccount.WithoutDate);
        Assert.Contains(result.Warnings, w => w.StartsWith("no record of the right list gives a date of birth", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("left list gives", StringComparison.Ordinal));
    }

    [Fact]
    public void a_person_listed_three_times_is_one_group_and_each_copy_is_paired_with_the_other_lists_record()
    {
        var result = Reconciler.Reconcile(
            LargeLeft(
                Person("L-1", "Гнатюк", "Тарас", "Богданович", "1991-06-07", birthplace: "Львів"),
                Person("L-2", "Гнатюк", "Тарас", "Богданович", "1991-06-07"),
                Person("L-3", "ГНАТЮК", "Тарас", null, "1991-06-07")),
            LargeRight(Person("R-1", "Гнатюк", "Тарас", "Богданович", "1991-06-07")));
        foreach (var id in new[] { "L-1", "L-2", "L-3" })
        {
            Assert.Equal(Decision.Match, result.DecisionOf(id, "R-1"));
        }
        var group = Assert.Single(result.LeftAccount.RepeatedPeople, g => g.Any(i => result.Left[i].Source.Id == "L-1"));
        Assert.Equal(["L-1", "L-2", "L-3"], group.Select(i => result.Left[i].Source.Id));
        Assert.Contains(result.Warnings, w => w.StartsWith("the left list names", StringComparison.Ordinal) && w.Contains("more than once", StringComparison.Ordinal));
    }
}
