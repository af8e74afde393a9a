using Parley.Core.Commands;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

/// <summary>A what-if asked of lists whose personal data were erased: no one's categories are known any more.</summary>
public class ErasedListsFeasibilityTests
{
    /// <summary>100 for 100: 40 wounded and 60 others a side, all verified; one stage of 100 each held, then the lists erased.</summary>
    private static World Erased()
    {
        var world = World.WithExchange("100 for 100");
        var a = world.ListVerified(Side.A, 40, "wounded").Concat(world.ListVerified(Side.A, 60)).ToList();
        var b = world.ListVerified(Side.B, 40, "wounded").Concat(world.ListVerified(Side.B, 60)).ToList();
        world.RunStage("s1", a, b);
        world.Do(new EraseExchange(World.X));
        return world;
    }

    private static FeasibilityReport Ask(World world, ExchangeFormula? whatIf, FormulaTemplate? largest = null) =>
        FeasibilityAnalysis.Analyse(world.State, World.X, world.History, new FeasibilityQuestion(whatIf, null, largest));

    [Fact]
    public void a_what_if_naming_categories_on_erased_lists_is_refused_with_the_exchange_and_the_rule()
    {
        var world = Erased();

        var e = Assert.Throws<ErasedListsException>(() => Ask(world, ExchangeFormula.Parse("40 for 40 of wounded; 60 for 60")));

        Assert.Equal(World.X, e.Exchange);
        Assert.Equal(World.Now, e.ErasedAt);
        Assert.Equal(
            "the lists of exchange 'x1' were erased on 2025-05-23, so no one's categories are known: \"40 for 40 of wounded; 60 for 60\" names categories and cannot be answered from them; ask a formula without categories, which counts everyone under its one term",
            e.Message);
    }

    [Fact]
    public void the_same_what_if_before_the_erasure_is_answered_from_the_categories()
    {
        var world = World.WithExchange("100 for 100");
        world.ListVerified(Side.A, 40, "wounded");
        world.ListVerified(Side.B, 40, "wounded");

        var report = Ask(world, ExchangeFormula.Parse("40 for 40 of wounded"));

        Assert.Equal(40, report.Terms[0].A.Counts.Verified);
    }

    [Fact]
    public void a_what_if_without_categories_on_erased_lists_is_answered_from_the_public_counts()
    {
        var report = Ask(Erased(), ExchangeFormula.Parse("100 for 100"));

        Assert.True(report.WhatIf);
        Assert.Equal(100, report.Terms[0].A.Counts.Released);
        Assert.Equal(100, report.Terms[0].B.Counts.Released);
    }

    [Fact]
    public void the_largest_n_of_a_template_naming_categories_on_erased_lists_is_refused()
    {
        var e = Assert.Throws<ErasedListsException>(() => Ask(Erased(), null, FormulaTemplate.Parse("N for N of wounded")));

        Assert.Equal("N for N of wounded", e.Formula);
    }

    [Fact]
    public void a_rounds_what_if_naming_categories_is_refused_when_one_of_its_exchanges_was_erased()
    {
        var world = Erased();

        var e = Assert.Throws<ErasedListsException>(() => FeasibilityAnalysis.AnalyseRound(
            world.State, "r1", world.History, new FeasibilityQuestion(ExchangeFormula.Parse("all for all of wounded"))));

        Assert.Equal(World.X, e.Exchange);
    }
}
