using Parley.Matching.Scoring;
using Xunit;
using L = Parley.Matching.Scoring.ComparisonLevels;

namespace Parley.Matching.Tests.Scoring;

public class MatchWeightsTests
{
    private static double[][] PriorU() =>
        [.. Enum.GetValues<Field>().Select(f => ComparisonLevels.Of(f).Select(l => l.UPrior).ToArray())];

    [Fact]
    public void a_level_weighs_log2_of_m_over_u_and_missing_weighs_nothing()
    {
        var weights = new MatchWeights(PriorU(), 0.001);
        var exact = ComparisonLevels.Get(Field.DateOfBirth, L.Date.Exact);
        Assert.Equal(Math.Log2(exact.M / exact.UPrior), weights.Weight(Field.DateOfBirth, L.Date.Exact), 9);
        Assert.Equal(0, weights.Weight(Field.DateOfBirth, L.Missing));
    }

    [Fact]
    public void the_total_is_the_prior_plus_the_levels_and_its_probability_is_the_logistic()
    {
        var weights = new MatchWeights(PriorU(), 0.001);
        var v = new ComparisonVector(0).With(Field.Surname, L.Surname.Exact).With(Field.DateOfBirth, L.Date.Exact);
        var expected = Math.Log2(0.001 / 0.999) + weights.Weight(Field.Surname, L.Surname.Exact) + weights.Weight(Field.DateOfBirth, L.Date.Exact);
        Assert.Equal(expected, weights.Total(v), 9);
        Assert.Equal(0.5, MatchWeights.Probability(0), 12);
        Assert.Equal(0.8, MatchWeights.Probability(MatchWeights.Logit(0.8)), 12);
    }

    [Theory]
    [InlineData(L.Date.OneDigit)]
    [InlineData(L.Date.DayClose)]
    [InlineData(L.Date.YearOff)]
    [InlineData(L.Date.TwoParts)]
    [InlineData(L.Date.Different)]
    public void no_date_level_holds_a_pair_at_review_it_only_weighs(int level) =>
        Assert.False(MatchWeights.HoldsAtReview(new ComparisonVector(0).With(Field.DateOfBirth, level)));

    [Fact]
    public void a_different_service_number_on_both_sides_holds_a_pair_at_review()
    {
        Assert.True(MatchWeights.HoldsAtReview(new ComparisonVector(0).With(Field.ServiceNumber, L.Service.Different)));
        Assert.False(MatchWeights.HoldsAtReview(new ComparisonVector(0).With(Field.ServiceNumber, L.Service.OneEdit)));
    }

    [Fact]
    public void u_estimates_lean_on_the_priors_for_tiny_lists()
    {
        var preparer = new RecordPreparer();
        var records = new[] { preparer.Prepare(Reconciliation.People.Person("a", "Шевченко", "Микола", dob: "1985-03-12"), 0) };
        var u = UEstimator.Estimate(records, records);
        Assert.Equal(ComparisonLevels.Get(Field.Surname, L.Surname.Exact).UPrior, u[(int)Field.Surname][L.Surname.Exact], 9);
    }

    [Fact]
    public void the_vector_packs_one_level_per_field()
    {
        var v = new ComparisonVector(0).With(Field.MotherMaiden, 3).With(Field.Surname, 5).With(Field.MotherMaiden, 1);
        Assert.Equal(5, v[Field.Surname]);
        Assert.Equal(1, v[Field.MotherMaiden]);
        Assert.Equal(0, v[Field.Given]);
    }

    [Fact]
    public void every_field_keeps_its_highest_level_beside_the_others()
    {
        var fields = Enum.GetValues<Field>();
        var highest = fields.Select(f => ComparisonLevels.Of(f).Count - 1).ToArray();
        var v = ComparisonVector.Of(highest);
        foreach (var f in fields)
        {
            Assert.Equal(highest[(int)f], v[f]);
            Assert.Equal(0, v.With(f, 0)[f]);
            Assert.True(fields.Where(g => g != f).All(g => v.With(f, 0)[g] == highest[(int)g]));
        }
    }

    [Fact]
    public void a_rank_further_than_a_grade_apart_weighs_against_a_pair_and_the_same_rank_for_it()
    {
        var weights = new MatchWeights(PriorU(), 0.001);
        Assert.True(weights.Weight(Field.Rank, L.Plain.Same) > 0);
        Assert.True(weights.Weight(Field.Rank, L.Plain.Different) < -3);
    }
}
