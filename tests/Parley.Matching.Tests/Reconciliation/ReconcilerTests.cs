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

    // Issue 10: a list may name one person twice (lists merged from two sources); each copy is then the counterpart of
    // the other list's record, where one-to-one assignment used to pair only one of them.
    [Fact]
    public void a_record_is_paired_with_two_only_when_they_are_one_person_listed_twice()
    {
        var result = Reconciler.Reconcile(
            Left(
                Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12"),
                Person("L-2", "Шевченко", "Микола", "Іванович", "1985-03-12"),
                Person("L-3", "Шевченко", "Микола", "Іванович", "1971-08-30")),
            Right(Person("R-1", "Шевченко", "Николай", "Иванович", "1985-03-12")));
        Assert.Equal(Decision.Match, result.DecisionOf("L-1", "R-1"));
        Assert.Equal(Decision.Match, result.DecisionOf("L-2", "R-1"));
        Assert.Equal(Decision.NoMatch, result.DecisionOf("L-3", "R-1"));
    }

    [Fact]
    public void twins_on_one_list_are_two_people_each_paired_with_their_own_record()
    {
        // Issue 10 (eval: brothers born the same day): the same surname, father and date, two given names. Taken for one
        // person listed twice, each brother was also paired with the other's record on the other list.
        var result = Reconciler.Reconcile(
            Left(
                Person("L-1", "Фомін", "Никифор", "Гордійович", "1998-06-25"),
                Person("L-2", "Фомін", "Сергій", "Гордійович", "1998-06-25")),
            Right(
                Person("R-1", "Fomin", "Nikifor", "Gordiyovich", "1998-06-25"),
                Person("R-2", "Фомин", "Сергей", "Гордеевич", "1998-06-25")));
        Assert.Equal(["L-1 R-1", "L-2 R-2"], result.Pairs.Where(p => p.Decision != Decision.NoMatch && result.Left[p.Left].Source.Id.StartsWith("L-", StringComparison.Ordinal))
            .Select(p => $"{result.Left[p.Left].Source.Id} {result.Right[p.Right].Source.Id}").Order());
    }

    [Fact]
    public void two_equally_good_candidates_who_are_two_people_are_both_put_out_at_review()
    {
        // The same name and date, but two service numbers: two people, and only a person can tell which is R-1.
        var result = Reconciler.Reconcile(
            Left(
                Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "АВ123456"),
                Person("L-2", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "КМ987654")),
            Right(Person("R-1", "Шевченко", "Николай", "Иванович", "1985-03-12")));
        var pairs = result.Pairs.Where(p => result.Right[p.Right].Source.Id == "R-1").ToList();
        Assert.Equal(["L-1", "L-2"], pairs.Select(p => result.Left[p.Left].Source.Id).Order());
        Assert.All(pairs, p => Assert.Equal(Decision.Review, p.Decision));
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
            var sum = result.WeightsOf(pair).PriorWeight + result.Evidence(pair).Sum(e => e.Weight) + pair.UncontestedBits;
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
