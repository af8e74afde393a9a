using System.Collections.Immutable;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Exchanges;

/// <summary>Which term a person falls under, and who may be on a roster at all.</summary>
public class AttributionTests
{
    private const string Round2People = "all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total";

    [Theory]
    [InlineData(Round2People, new[] { "severely-wounded" }, 0)]
    [InlineData(Round2People, new[] { "seriously-ill" }, 0)]
    [InlineData(Round2People, new[] { "military", "under-25" }, 1)]
    [InlineData(Round2People, new[] { "under-25", "seriously-ill" }, 0)]
    [InlineData("1200 for 1200; all for all of civilian", new[] { "civilian" }, 1)]
    [InlineData("1200 for 1200; all for all of civilian", new[] { "military" }, 0)]
    [InlineData("1200 for 1200; all for all of civilian", new string[0], 0)]
    [InlineData("6000 for all of bodies", new[] { "bodies" }, 0)]
    public void persons_are_attributed_to_terms_by_category(string terms, string[] categories, int term)
    {
        var world = World.WithExchange(terms);

        world.Do(new ListPersons(World.X, Side.B, [World.Entry("p1", categories)]));

        Assert.Equal(term, world.Person("p1").Term);
        Assert.Equal(term, Assert.IsType<PersonListed>(Assert.Single(world.Events)).Term);
        Assert.Equal(1, world.Summary.TermProgress[term].B.Pending);
    }

    [Theory]
    [InlineData(Round2People, new[] { "military" })]
    [InlineData(Round2People, new string[0])]
    [InlineData("6000 for all of bodies", new[] { "military" })]
    public void a_person_no_term_covers_is_rejected(string terms, string[] categories)
    {
        var world = World.WithExchange(terms);

        var e = world.Violates(new ListPersons(World.X, Side.A, [World.Entry("p1", categories)]), DomainRule.TermCoversPerson);
        Assert.Contains("person 'p1'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_person_id_already_on_a_roster_is_rejected()
    {
        var world = World.WithExchange("1000 for 1000");
        world.Do(new ListPersons(World.X, Side.A, [World.Entry("p1")]));

        world.Violates(new ListPersons(World.X, Side.A, [World.Entry("p1")]), DomainRule.OnePersonOneEntry);
        world.Violates(new ListPersons(World.X, Side.B, [World.Entry("p1")]), DomainRule.OnePersonOneEntry);
    }

    [Fact]
    public void a_person_id_named_twice_in_one_list_is_rejected()
    {
        var world = World.WithExchange("1000 for 1000");

        world.Violates(new ListPersons(World.X, Side.A, [World.Entry("p1"), World.Entry("p2"), World.Entry("p1")]), DomainRule.OnePersonOneEntry);
        Assert.Empty(world.Exchange.Persons);
    }

    [Fact]
    public void amending_a_persons_categories_moves_them_to_the_term_that_now_covers_them()
    {
        var world = World.WithExchange("1200 for 1200; all for all of civilian");
        world.Do(new ListPersons(World.X, Side.A, [World.Entry("p1", "civilian")]));

        world.Do(AmendPerson.Of(World.X, "p1", World.Entry("p1", "military").ToDetails()));

        Assert.Equal(0, world.Person("p1").Term);
        Assert.Equal(1, world.Summary.TermProgress[0].A.Pending);
        Assert.Equal(0, world.Summary.TermProgress[1].A.Pending);
    }

    [Fact]
    public void amending_a_person_to_categories_no_term_covers_is_rejected()
    {
        var world = World.WithExchange("all for all of civilian");
        world.Do(new ListPersons(World.X, Side.A, [World.Entry("p1", "civilian")]));

        world.Violates(AmendPerson.Of(World.X, "p1", World.Entry("p1", "military").ToDetails()), DomainRule.TermCoversPerson);
    }

    [Fact]
    public void a_scheduled_person_can_no_longer_be_amended()
    {
        var world = World.WithExchange("1000 for 1000");
        var p = world.ListVerified(Side.A, 1);
        world.Plan("s1", 1, 1);
        world.Move(Movement.Schedule, p, "s1");

        world.Violates(AmendPerson.Of(World.X, p[0], World.Entry(p[0], "military").ToDetails()), DomainRule.PersonLifecycle);
    }

    [Theory]
    [InlineData("Military")]
    [InlineData("bad_name")]
    [InlineData("")]
    public void a_category_that_is_not_a_lower_case_word_is_rejected(string category)
    {
        var world = World.WithExchange("1000 for 1000");

        var e = world.Rejects<InvalidFieldException>(new ListPersons(World.X, Side.A, [World.Entry("p1", category)]));
        Assert.Equal("persons[0].categories", e.Field);
    }

    [Fact]
    public void a_roster_entry_needs_a_name_and_a_well_formed_id()
    {
        var world = World.WithExchange("1000 for 1000");
        var nameless = RosterEntry.Of("p1", World.Entry("p1").ToDetails() with { Names = ImmutableList<PersonName>.Empty });

        Assert.Equal("persons[1].names", world.Rejects<InvalidFieldException>(new ListPersons(World.X, Side.A, [World.Entry("p0"), nameless])).Field);
        Assert.Equal("persons[0].person", world.Rejects<InvalidFieldException>(new ListPersons(World.X, Side.A, [World.Entry("Иван Петров")])).Field);
    }

    [Fact]
    public void names_in_any_script_are_kept_as_written()
    {
        var world = World.WithExchange("1000 for 1000");
        var entry = RosterEntry.Of("p1", World.Entry("p1").ToDetails() with { Names = [new PersonName("Синтетичний Тестовий", "Тестовий", "Синтетичний")] });

        world.Do(new ListPersons(World.X, Side.B, [entry]));

        Assert.Equal("Синтетичний Тестовий", world.Person("p1").Details!.Names[0].Text);
    }
}
