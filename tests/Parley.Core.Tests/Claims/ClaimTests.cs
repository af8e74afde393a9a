using NodaTime;
using Parley.Core.Claims;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Claims;

/// <summary>A claim about an exchange's figures is recorded as said, and held against the record, never changing it.</summary>
public class ClaimTests
{
    private static readonly Uri Source = new("https://news.example/2025/05/23/exchange");
    private static readonly Instant Said = World.Now - Duration.FromHours(1);

    private static RecordClaim Claim(string id, ClaimFigure figure, int value, string? stage = null, string holder = "RU") =>
        new(id, World.X, "Ministry of Defence", holder, figure, value, Source, Said, stage);

    private static World TwoReleasedEachWay()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 3);
        var b = world.ListVerified(Side.B, 2);
        world.RunStage("s1", [.. a.Take(2)], b);
        return world;
    }

    private static ClaimCheck Check(World world, string id) => ClaimCheck.Of(world.State.Claims[id], world.Summary);

    [Fact]
    public void a_claim_matching_a_closed_stage_agrees_and_leaves_the_figures_as_they_were()
    {
        var world = TwoReleasedEachWay();
        var exchange = world.Exchange;

        var decision = world.Do(Claim("c1", ClaimFigure.Released, 2, "s1"), World.Press);

        var recorded = Assert.IsType<ClaimRecorded>(Assert.Single(decision.Events));
        Assert.Equal(World.Press, recorded.Actor);
        Assert.Equal(Said, recorded.At);
        Assert.Equal(ClaimVerdict.Agrees, Check(world, "c1").Verdict);
        Assert.Same(exchange, world.Exchange);
    }

    [Fact]
    public void a_claim_above_a_closed_stage_differs_by_how_much_it_claimed_more()
    {
        var world = TwoReleasedEachWay();

        world.Do(Claim("c1", ClaimFigure.Released, 5, "s1"), World.Press);

        var check = Check(world, "c1");
        Assert.Equal((ClaimVerdict.Differs, 2, 3), (check.Verdict, check.Recorded, check.Difference));
    }

    [Fact]
    public void a_claim_above_an_open_stage_is_not_yet_in_the_record_and_agrees_once_the_record_catches_up()
    {
        var world = World.WithExchange("1000 for 1000");
        var a = world.ListVerified(Side.A, 2);
        var b = world.ListVerified(Side.B, 2);
        world.Plan("s1", 2, 2);
        world.Move(Movement.Schedule, [.. a, .. b], "s1");
        world.Do(Claim("c1", ClaimFigure.Released, 2, "s1"), World.Mediator);

        Assert.Equal(ClaimVerdict.NotYetInRecord, Check(world, "c1").Verdict);

        world.Move(Movement.Release, [.. a, .. b]);
        Assert.Equal(ClaimVerdict.Agrees, Check(world, "c1").Verdict);
    }

    [Fact]
    public void a_claim_about_a_direction_counts_the_holders_people_and_a_smaller_claim_than_the_record_differs()
    {
        var world = TwoReleasedEachWay();

        world.Do(Claim("ua", ClaimFigure.Released, 2, holder: "UA"), World.Press);
        world.Do(Claim("ru", ClaimFigure.Released, 1, holder: "RU"), World.Press);

        Assert.Equal(ClaimVerdict.Agrees, Check(world, "ua").Verdict);
        var ru = Check(world, "ru");
        Assert.Equal((ClaimVerdict.Differs, 2, -1), (ru.Verdict, ru.Recorded, ru.Difference));
    }

    [Theory]
    [InlineData("x9", "RU", null, ClaimFigure.Released, "known-reference")]
    [InlineData("x1", "RU", "s9", ClaimFigure.Released, "known-reference")]
    public void a_claim_about_an_exchange_or_stage_that_does_not_exist_is_rejected(string exchange, string holder, string? stage, ClaimFigure figure, string rule)
    {
        var world = TwoReleasedEachWay();
        var e = world.Rejects<RuleViolationException>(Claim("c1", figure, 1, stage, holder) with { Exchange = exchange }, World.Press);

        Assert.Equal(rule, e.Rule.Name);
    }

    [Fact]
    public void a_claim_naming_a_party_outside_the_exchange_a_stage_figure_a_stage_lacks_or_a_future_time_names_the_field()
    {
        var world = TwoReleasedEachWay();

        Assert.Equal("holder", world.Rejects<InvalidFieldException>(Claim("c1", ClaimFigure.Released, 1, holder: "TR"), World.Press).Field);
        Assert.Equal("figure", world.Rejects<InvalidFieldException>(Claim("c1", ClaimFigure.Requested, 1, "s1"), World.Press).Field);
        Assert.Equal("value", world.Rejects<InvalidFieldException>(Claim("c1", ClaimFigure.Released, -1), World.Press).Field);
        Assert.Equal("source", world.Rejects<InvalidFieldException>(Claim("c1", ClaimFigure.Released, 1) with { Source = new Uri("ftp://news.example/x") }, World.Press).Field);
        Assert.Equal("at", world.Rejects<InvalidFieldException>(Claim("c1", ClaimFigure.Released, 1) with { At = World.Now + Duration.FromDays(1) }, World.Press).Field);
    }

    [Fact]
    public void a_party_officer_cannot_record_a_claim_about_its_own_figures()
    {
        var world = TwoReleasedEachWay();

        var e = world.Rejects<NotPermittedException>(Claim("c1", ClaimFigure.Released, 2, "s1"), World.RU);

        Assert.Equal("record-claim", e.Command);
        Assert.Contains("authority", e.Message, StringComparison.Ordinal);
    }
}
