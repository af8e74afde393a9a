using Parley.Matching.Reconciliation;
using Xunit;
using static Parley.Matching.Tests.Reconciliation.People;

namespace Parley.Matching.Tests.Reconciliation;

/// <summary>Reconciliation as a whole: one to one, namesakes on both sides, unmatched people, and counts.</summary>
public class ReconcilerTests
{
    [Fact]
    public void namesakes_on_both_lists_are_each_paired_with_their_own_record()
    {
        var result = Reconciler.Reconcile(
            Left(
                Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12"),
                Person("L-2", "Шевченко", "Микола", "Іванович", "1985-03-14")),
            Right(
                Person("R-2", "Шевченко", "Николай", "Иванович", "1985-03-14"),
                Person("R-1", "Шевченко", "Николай", "Иванович", "1985-03-12")));
        Assert.Equal(("R-1", Decision.Match), result.PairOf("L-1"));
        Assert.Equal(("R-2", Decision.Match), result.PairOf("L-2"));
    }

    [Fact]
    public void each_record_is_paired_at_most_once()
    {
        var result = Reconciler.Reconcile(
            Left(
                Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12"),
                Person("L-2", "Шевченко", "Микола", "Іванович", "1985-03-12")),
            Right(Person("R-1", "Шевченко", "Николай", "Иванович", "1985-03-12")));
        Assert.Single(result.Pairs, p => result.Right[p.Right].Source.Id == "R-1");
        Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => p.Left).Distinct().Count());
        Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => p.Right).Distinct().Count());
    }

    [Fact]
    public void two_equally_good_candidates_for_one_record_are_held_at_review()
    {
        var result = Reconciler.Reconcile(
            Left(
                Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12"),
                Person("L-2", "Шевченко", "Микола", "Іванович", "1985-03-12")),
            Right(Person("R-1", "Шевченко", "Николай", "Иванович", "1985-03-12")));
        var pair = result.Pairs.Single(p => result.Right[p.Right].Source.Id == "R-1");
        Assert.Equal(Decision.Review, pair.Decision);
    }

    [Fact]
    public void people_on_one_side_only_are_unmatched()
    {
        var left = Left(Person("L-9", "Кравчук", "Богдана", "Остапівна", "1971-01-05"));
        var right = Right(Person("R-9", "Мельник", "Ярослав", "Ігорович", "1999-09-09"));
        var result = Reconciler.Reconcile(left, right);
        Assert.Contains(result.UnmatchedLeft, i => result.Left[i].Source.Id == "L-9");
        Assert.Contains(result.UnmatchedRight, i => result.Right[i].Source.Id == "R-9");
        Assert.Equal(left.Count, result.Pairs.Count + result.UnmatchedLeft.Count);
        Assert.Equal(right.Count, result.Pairs.Count + result.UnmatchedRight.Count);
    }

    [Fact]
    public void blocking_compares_far_fewer_pairs_than_every_pair()
    {
        var data = Parley.Demo.Synthetic.SyntheticLists.Generate(3000, 5);
        var result = Reconciler.Reconcile(data.Left, data.Right);
        var all = (long)data.Left.Count * data.Right.Count;
        Assert.True(result.CandidatePairs * 100 < all, $"{result.CandidatePairs} candidate pairs of {all}");
        Assert.True(result.CandidatePairs >= data.Truth.Count / 2);
    }

    [Fact]
    public void synthetic_lists_reconcile_with_high_precision()
    {
        var data = Parley.Demo.Synthetic.SyntheticLists.Generate(3000, 9);
        var result = Reconciler.Reconcile(data.Left, data.Right);
        var truth = data.Truth.Select(t => (t.LeftId, t.RightId)).ToHashSet();
        var matches = result.Pairs.Where(p => p.Decision == Decision.Match)
            .Select(p => (result.Left[p.Left].Source.Id, result.Right[p.Right].Source.Id)).ToList();
        var precision = (double)matches.Count(truth.Contains) / matches.Count;
        var recall = (double)matches.Count(truth.Contains) / truth.Count;
        Assert.True(precision >= 0.99, $"precision {precision:0.0000}");
        Assert.True(recall >= 0.8, $"recall {recall:0.0000}");
    }

    [Fact]
    public void each_pairs_evidence_adds_up_to_its_weight()
    {
        var data = Parley.Demo.Synthetic.SyntheticLists.Generate(1500, 4);
        var result = Reconciler.Reconcile(data.Left, data.Right);
        Assert.Contains(result.Pairs, p => p.Round == 2);
        foreach (var pair in result.Pairs)
        {
            var sum = result.WeightsOf(pair).PriorWeight + result.Evidence(pair).Sum(e => e.Weight);
            Assert.Equal(pair.Weight, sum, 6);
        }
    }

    [Fact]
    public void an_empty_list_reconciles_to_everything_unmatched()
    {
        var result = Reconciler.Reconcile([], [Person("R-1", "Шевченко", "Микола")]);
        Assert.Empty(result.Pairs);
        Assert.Single(result.UnmatchedRight);
        Assert.Equal(0, result.CandidatePairs);
    }
}
