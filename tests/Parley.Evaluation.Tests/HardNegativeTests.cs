using Parley.Evaluation.Errors;
using Parley.Evaluation.Population;

namespace Parley.Evaluation.Tests;

public sealed class HardNegativeTests
{
    [Fact]
    public void Namesakes_siblings_and_twins_are_on_the_lists_and_never_in_truth()
    {
        var dataset = Datasets.TenThousand;
        var truth = dataset.Truth.Select(pair => (pair.LeftId, pair.RightId)).ToHashSet();

        var negatives = dataset.HardNegatives;

        Assert.Contains(negatives, pair => pair.Kind == "namesake");
        Assert.Contains(negatives, pair => pair.Kind == "sibling");
        Assert.Contains(negatives, pair => pair.Kind == "twin");
        Assert.DoesNotContain(negatives, pair => truth.Contains((pair.LeftId, pair.RightId)));
    }

    [Fact]
    public void A_namesake_has_the_same_surname_and_given_name_and_a_date_no_single_error_explains()
    {
        var people = PopulationBuilder.Build(new EvaluationOptions { People = 5_000, Seed = 3 });

        var namesakes = Enumerable.Range(0, people.Count).Where(person => people.Relation(person) == RelationKind.Namesake).ToList();

        Assert.NotEmpty(namesakes);
        foreach (var person in namesakes)
        {
            var self = people.Identity(person);
            var anchor = people.Identity(people.RelatedTo(person));
            Assert.Equal(anchor.Surname, self.Surname);
            Assert.Equal(anchor.Given, self.Given);
            Assert.False(DateConfusion.WithinOneError(anchor.DateOfBirth, self.DateOfBirth));
        }
    }

    [Fact]
    public void Twins_share_surname_father_and_date_but_not_the_given_name()
    {
        var people = PopulationBuilder.Build(new EvaluationOptions { People = 5_000, Seed = 3 });

        var twins = Enumerable.Range(0, people.Count).Where(person => people.Relation(person) == RelationKind.Twin).ToList();

        Assert.NotEmpty(twins);
        foreach (var person in twins)
        {
            var self = people.Identity(person);
            var anchor = people.Identity(people.RelatedTo(person));
            Assert.Equal((anchor.Surname, anchor.Father, anchor.Dob), (self.Surname, self.Father, self.Dob));
            Assert.False(self.Sex == anchor.Sex && self.Given == anchor.Given);
        }
    }

    [Fact]
    public void No_two_people_share_name_father_and_date()
    {
        var people = PopulationBuilder.Build(new EvaluationOptions { People = 20_000, Seed = 5 });

        var keys = Enumerable.Range(0, people.Count).Select(person => people.Identity(person).Key);

        Assert.Equal(people.Count, keys.Distinct().Count());
    }
}
