using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;
using Parley.Core.Talks;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Talks;

/// <summary>Rounds: stored as instants, shown in the venue's zone; scheduled, started once, concluded once.</summary>
public class RoundTests
{
    [Fact]
    public void round_1_at_13_30_in_istanbul_is_stored_as_10_30_utc_and_shown_in_the_venue_zone()
    {
        var world = World.Talks();

        var round = world.State.Rounds["r1"];

        Assert.Equal(Instant.FromUtc(2025, 5, 16, 10, 30), round.ScheduledStart);
        Assert.Equal("Europe/Istanbul", round.Zone.Id);
        Assert.Equal(new LocalDateTime(2025, 5, 16, 13, 30), round.InVenueZone(round.ScheduledStart).LocalDateTime);
        Assert.Equal(Offset.FromHours(3), round.InVenueZone(round.ScheduledStart).Offset);
        Assert.Equal(RoundStatus.Scheduled, round.Status);
        Assert.Equal(("Dolmabahçe Palace", "Istanbul", "TR"), (round.Venue, round.City, round.MediatorId));
    }

    [Fact]
    public void round_3_starts_and_concludes_at_local_times_kept_as_instants()
    {
        var world = World.Talks();
        world.Do(new ScheduleRound("r3", 3, "Çırağan Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 7, 23, 19, 0), "TR"));

        world.Do(new StartRound("r3", new LocalDateTime(2025, 7, 23, 20, 37)));
        Assert.Equal(new RoundStarted("r3", Instant.FromUtc(2025, 7, 23, 17, 37)) { Actor = Actor.CommandLine }, Assert.Single(world.Events));
        Assert.Equal(RoundStatus.InSession, world.State.Rounds["r3"].Status);

        world.Do(new ConcludeRound("r3", new LocalDateTime(2025, 7, 23, 21, 16)));
        var round = world.State.Rounds["r3"];
        Assert.Equal(RoundStatus.Concluded, round.Status);
        Assert.Equal(Instant.FromUtc(2025, 7, 23, 18, 16), round.End);
        Assert.Equal(Duration.FromMinutes(39), round.Duration);
    }

    [Fact]
    public void a_round_started_without_a_time_starts_now()
    {
        var world = World.Talks();

        world.Do(new StartRound("r1", null));
        world.Do(new ConcludeRound("r1", null));

        Assert.Equal(World.Now, world.State.Rounds["r1"].ActualStart);
        Assert.Equal(Duration.Zero, world.State.Rounds["r1"].Duration);
    }

    [Fact]
    public void a_round_starts_once()
    {
        var world = World.Talks();
        world.Do(new StartRound("r1", new LocalDateTime(2025, 5, 16, 13, 30)));

        world.Violates(new StartRound("r1", new LocalDateTime(2025, 5, 16, 14, 0)), DomainRule.RoundLifecycle);
    }

    [Fact]
    public void a_round_concludes_only_after_it_started_and_only_once()
    {
        var world = World.Talks();
        world.Violates(new ConcludeRound("r1", new LocalDateTime(2025, 5, 16, 15, 20)), DomainRule.RoundLifecycle);

        world.Do(new StartRound("r1", new LocalDateTime(2025, 5, 16, 13, 30)));
        var early = world.Violates(new ConcludeRound("r1", new LocalDateTime(2025, 5, 16, 13, 0)), DomainRule.RoundLifecycle);
        Assert.Contains("before it started at 2025-05-16 13:30", early.Message, StringComparison.Ordinal);

        world.Do(new ConcludeRound("r1", new LocalDateTime(2025, 5, 16, 15, 20)));
        world.Violates(new ConcludeRound("r1", new LocalDateTime(2025, 5, 16, 15, 30)), DomainRule.RoundLifecycle);
        world.Violates(new StartRound("r1", null), DomainRule.RoundLifecycle);
    }

    [Fact]
    public void a_zone_that_is_not_an_iana_id_is_rejected_with_field_zone()
    {
        var world = World.Talks();

        var e = world.Rejects<InvalidFieldException>(
            new ScheduleRound("r9", 9, "Palace", "Istanbul", "Europe/Atlantis", new LocalDateTime(2025, 5, 16, 13, 30), null));

        Assert.Equal("zone", e.Field);
        Assert.Equal("Europe/Atlantis", e.Value);
    }

    [Fact]
    public void a_local_time_skipped_by_a_clock_change_is_rejected_with_its_field()
    {
        var world = World.Talks();

        var e = world.Rejects<InvalidFieldException>(
            new ScheduleRound("r9", 9, "Palace", "Berlin", "Europe/Berlin", new LocalDateTime(2025, 3, 30, 2, 30), null));

        Assert.Equal("scheduledStart", e.Field);
    }

    [Fact]
    public void a_round_number_below_1_is_rejected()
    {
        var world = World.Talks();

        Assert.Equal("number", world.Rejects<InvalidFieldException>(
            new ScheduleRound("r9", 0, "Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 5, 16, 13, 30), null)).Field);
    }

    [Fact]
    public void an_id_names_one_round_party_or_mediator()
    {
        var world = World.Talks();

        world.Violates(new ScheduleRound("r1", 2, "Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 6, 2, 13, 0), null), DomainRule.UniqueId);
        world.Violates(new RegisterParty("RU", "Russia"), DomainRule.UniqueId);
        world.Violates(new RegisterMediator("TR", "Türkiye", null), DomainRule.UniqueId);
    }

    [Fact]
    public void delegates_are_appointed_to_a_round_by_party()
    {
        var world = World.Talks();

        world.Do(new AppointDelegate("r1", "UA", "Rustem Umerov", DelegationRole.Head, "Minister of Defence"));
        world.Do(new AppointDelegate("r1", "RU", "Vladimir Medinsky", DelegationRole.Head, "Presidential aide"));
        world.Do(new AppointDelegate("r1", "RU", "Mikhail Galuzin", DelegationRole.Deputy, "Deputy foreign minister"));

        var delegations = world.State.Rounds["r1"].Delegations;
        Assert.Equal(["Vladimir Medinsky", "Mikhail Galuzin"], delegations["RU"].Select(m => m.Name));
        Assert.Equal(DelegationRole.Head, Assert.Single(delegations["UA"]).Role);
    }
}
