using Parley.Matching.Reconciliation;
using Xunit;

namespace Parley.Matching.Tests.Reconciliation;

/// <summary>The review queue as items a reviewer decides: rivals joined by a shared record, best first, with a stable id.</summary>
public class ReviewItemsTests
{
    private sealed record Pair(string Left, string Right, double Score);

    private static IReadOnlyList<ReviewItem<Pair>> Items(params Pair[] pairs) => ReviewItems.Group(pairs, p => p.Left, p => p.Right, p => p.Score);

    [Fact]
    public void items_group_rivals_by_a_shared_left_record()
    {
        var items = Items(new("L1", "R1", 0.4), new("L1", "R2", 0.6), new("L2", "R3", 0.3));

        Assert.Equal(2, items.Count);
        Assert.Equal([("L1", "R2"), ("L1", "R1")], items[0].Pairs.Select(p => (p.Left, p.Right)));
        Assert.Equal([("L2", "R3")], items[1].Pairs.Select(p => (p.Left, p.Right)));
    }

    [Fact]
    public void items_group_rivals_by_a_shared_right_record()
    {
        var items = Items(new("L1", "R1", 0.2), new("L2", "R1", 0.9));

        var item = Assert.Single(items);
        Assert.Equal(["L2", "L1"], item.Pairs.Select(p => p.Left));
        Assert.Equal(["L1", "L2"], item.LeftIds);
        Assert.Equal(["R1"], item.RightIds);
    }

    [Fact]
    public void a_chain_of_shared_records_is_one_item_and_accepting_one_end_rules_out_only_its_own_rivals()
    {
        var items = Items(new("A", "1", 0.5), new("A", "2", 0.4), new("B", "2", 0.3));

        var item = Assert.Single(items);
        Assert.Equal([("A", "2")], item.RivalsOf(0).Select(p => (p.Left, p.Right)));
        Assert.Equal([("A", "1"), ("B", "2")], item.RivalsOf(1).Select(p => (p.Left, p.Right)));
    }

    [Fact]
    public void the_same_text_as_a_left_id_and_a_right_id_is_two_records_not_one()
    {
        var items = Items(new("7", "R1", 0.5), new("L2", "7", 0.5));

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void an_item_id_depends_on_its_records_not_on_the_order_of_its_pairs()
    {
        var one = Assert.Single(Items(new("L1", "R1", 0.4), new("L1", "R2", 0.6)));
        var other = Assert.Single(Items(new("L1", "R2", 0.6), new("L1", "R1", 0.4)));
        var third = Assert.Single(Items(new("L1", "R1", 0.4), new("L1", "R3", 0.6)));

        Assert.Equal(one.Id, other.Id);
        Assert.NotEqual(one.Id, third.Id);
        Assert.Matches("^item-[0-9a-f]{12}$", one.Id);
    }

    [Fact]
    public void items_come_in_the_order_of_their_first_pair()
    {
        var items = Items(new("L2", "R2", 0.1), new("L1", "R1", 0.9), new("L2", "R3", 0.8));

        Assert.Equal([["L2"], ["L1"]], items.Select(i => i.LeftIds.ToArray()));
    }

    [Fact]
    public void a_reconciliation_puts_two_namesake_candidates_of_one_record_in_one_item_and_every_review_pair_in_exactly_one()
    {
        // The same name and date, two service numbers: two people, and only a person can tell which is R-1.
        var result = Reconciler.Reconcile(
            People.Left(
                People.Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "АВ123456"),
                People.Person("L-2", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "КМ987654")),
            People.Right(People.Person("R-1", "Шевченко", "Николай", "Иванович", "1985-03-12")));

        var items = ReviewItems.Of(result);

        var item = Assert.Single(items, i => i.RightIds.Contains("R-1"));
        Assert.Equal(["L-1", "L-2"], item.LeftIds);
        Assert.Equal(2, item.Pairs.Count);
        var reviews = result.Pairs.Where(p => p.Decision == Decision.Review).ToList();
        Assert.Equal(reviews.Count, items.Sum(i => i.Pairs.Count));
        Assert.Equal(reviews.ToHashSet(), items.SelectMany(i => i.Pairs).ToHashSet());
    }
}
