using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Feasibility;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Feasibility;

public partial class ExchangeActivityTests
{
    private static readonly DateTimeZone Istanbul = DateTimeZoneProviders.Tzdb["Europe/Istanbul"];

    private static Instant On(int day, int hour) => new LocalDateTime(2025, 5, day, hour, 0).InZoneStrictly(Istanbul).ToInstant();

    [Fact]
    public void interviews_are_counted_per_day_in_the_venues_zone_and_per_side()
    {
        var world = World.WithExchange("all for all");
        var a = world.List(Side.A, 5);
        world.Do(new MovePersons(World.X, Movement.Match, a, At: On(20, 10)));
        // 01:30 in Istanbul on 21 May is still 20 May in UTC: the day is the venue's.
        world.Do(new RecordInterview(World.X, [.. a.Take(3)], InterviewOutcome.Confirmed, At: On(21, 1).Plus(Duration.FromMinutes(30))));
        world.Do(new RecordInterview(World.X, [a[3]], InterviewOutcome.Declined, At: On(22, 10)));

        var activity = ExchangeActivity.From(world.History, World.X, Istanbul);

        Assert.Equal([new InterviewDay(new LocalDate(2025, 5, 21), Side.A, 3, 0), new InterviewDay(new LocalDate(2025, 5, 22), Side.A, 0, 1)], activity.Interviews);
        Assert.Equal(On(22, 10), activity.AsOf);
    }

    [Fact]
    public void stages_held_carry_their_planned_date_and_released_counts_and_open_ones_are_planned()
    {
        var world = World.WithExchange("all for all");
        var a = world.ListVerified(Side.A, 4);
        var b = world.ListVerified(Side.B, 3);
        world.RunStage("s1", a.Take(2).ToList(), b.Take(2).ToList(), new LocalDate(2025, 5, 22));
        world.Plan("s2", 2, 1, new LocalDate(2025, 5, 30));

        var activity = ExchangeActivity.From(world.History, World.X, Istanbul);

        var held = Assert.Single(activity.HeldStages);
        Assert.Equal(("s1", new LocalDate(2025, 5, 22), 2, 2), (held.Id, held.Date, held.ReleasedA, held.ReleasedB));
        Assert.Equal([new PlannedStage("s2", new LocalDate(2025, 5, 30), 2, 1)], activity.OpenStages);
    }

    [Fact]
    public void progress_shows_everyone_by_status_at_the_end_of_each_day_with_activity()
    {
        var world = World.WithExchange("all for all");
        var a = world.List(Side.A, 4);
        world.Do(new MovePersons(World.X, Movement.Match, a, At: On(20, 10)));
        world.Do(new MovePersons(World.X, Movement.Verify, [.. a.Take(3)], At: On(21, 10)));
        world.Do(new MovePersons(World.X, Movement.Decline, [a[3]], At: On(21, 11)));

        var progress = ExchangeActivity.From(world.History, World.X, Istanbul).Progress;

        Assert.Equal([new LocalDate(2025, 5, 20), new LocalDate(2025, 5, 21)], progress.Select(p => p.Date));
        Assert.Equal(4, progress[0].A.Matched);
        Assert.Equal((0, 3, 1), (progress[1].A.Matched, progress[1].A.Verified, progress[1].A.Declined));
        Assert.Equal(0, progress[1].B.Pending);
    }

    [Fact]
    public void events_of_other_exchanges_are_not_read()
    {
        var world = World.WithExchange("all for all");
        world.ListVerified(Side.A, 2);

        var activity = ExchangeActivity.From(world.History, "another", Istanbul);

        Assert.Null(activity.AsOf);
        Assert.Empty(activity.Interviews);
        Assert.Empty(activity.Progress);
    }
}
