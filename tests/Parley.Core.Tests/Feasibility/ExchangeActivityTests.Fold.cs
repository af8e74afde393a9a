using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Feasibility;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

/// <summary>The activity folded event by event, as the server keeps up with a growing log (<see cref="ExchangeActivityFold"/>).</summary>
public partial class ExchangeActivityTests
{
    /// <summary>Several days of an exchange: listings, matches, interviews, a stage held and one planned.</summary>
    private static World Exchange()
    {
        var world = World.WithExchange("all for all");
        var first = world.List(Side.A, 3);
        world.Do(new MovePersons(World.X, Movement.Match, first, At: On(21, 10)));
        world.Do(new RecordInterview(World.X, [first[0]], InterviewOutcome.Confirmed, At: On(22, 1)));
        world.Do(new RecordInterview(World.X, [first[1]], InterviewOutcome.Declined, At: On(22, 23)));
        var a = world.ListVerified(Side.A, 4);
        var b = world.ListVerified(Side.B, 3);
        world.RunStage("s1", a.Take(2).ToList(), b.Take(2).ToList(), new LocalDate(2025, 5, 25));
        world.Plan("s2", 2, 1, new LocalDate(2025, 5, 30));
        return world;
    }

    [Fact]
    public void an_activity_asked_for_after_each_event_is_the_activity_of_the_log_up_to_that_event()
    {
        var history = Exchange().History;
        var fold = new ExchangeActivityFold(World.X, Istanbul);

        for (var read = 1; read <= history.Count; read++)
        {
            fold.Read(history[read - 1]);
            var expected = ExchangeActivity.From(history.Take(read), World.X, Istanbul);
            var actual = fold.Activity();
            Assert.Equal((expected.AsOf, expected.FulfilledAt), (actual.AsOf, actual.FulfilledAt));
            Assert.Equal(expected.Interviews, actual.Interviews);
            Assert.Equal(expected.HeldStages, actual.HeldStages);
            Assert.Equal(expected.OpenStages, actual.OpenStages);
            Assert.Equal(expected.Progress, actual.Progress);
        }
        Assert.NotEmpty(fold.Activity().Interviews);
        Assert.NotEmpty(fold.Activity().HeldStages);
        Assert.True(fold.Activity().Progress.Length > 1);
    }

    [Fact]
    public void only_the_exchanges_own_events_are_read_and_counted()
    {
        var history = Exchange().History;
        var own = new ExchangeActivityFold(World.X, Istanbul);
        var other = new ExchangeActivityFold("another", Istanbul);

        history.ForEach(own.Read);
        history.ForEach(other.Read);

        Assert.Equal(history.Count(e => e is Core.Events.IExchangeEvent x && x.Exchange == World.X), own.EventsRead);
        Assert.True(own.EventsRead > 0);
        Assert.Equal(0, other.EventsRead);
        Assert.Empty(other.Activity().Progress);
    }

    [Fact]
    public void days_are_counted_in_the_zone_the_fold_was_given()
    {
        var history = Exchange().History;
        var inIstanbul = new ExchangeActivityFold(World.X, Istanbul);
        var inUtc = new ExchangeActivityFold(World.X, DateTimeZone.Utc);

        history.ForEach(inIstanbul.Read);
        history.ForEach(inUtc.Read);

        // 01:00 on 22 May in Istanbul is 21 May in UTC: the first interview falls on another day.
        Assert.Contains(inIstanbul.Activity().Interviews, d => d.Date == new LocalDate(2025, 5, 22) && d.Confirmed == 1);
        Assert.Contains(inUtc.Activity().Interviews, d => d.Date == new LocalDate(2025, 5, 21) && d.Confirmed == 1);
    }

    [Fact]
    public void the_activities_of_a_log_count_each_exchanges_days_in_its_venues_zone_and_refuse_another()
    {
        var world = Exchange();
        var activities = new ExchangeActivities();

        world.History.ForEach(e => activities.Read(e, world.State));

        var venue = FeasibilityAnalysis.ZoneOf(world.State, world.Exchange);
        Assert.NotEqual(DateTimeZone.Utc.Id, venue.Id);
        Assert.Equal(ExchangeActivity.From(world.History, World.X, venue).Interviews, activities.In(World.X, venue).Interviews);
        Assert.Equal(world.History.Count(e => e is Core.Events.IExchangeEvent), activities.EventsRead(World.X));
        var refused = Assert.Throws<ArgumentException>(() => activities.In(World.X, DateTimeZone.Utc));
        Assert.Contains(venue.Id, refused.Message, StringComparison.Ordinal);
        Assert.Empty(activities.In("another", venue).Progress);
    }
}
