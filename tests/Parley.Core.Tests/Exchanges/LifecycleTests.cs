using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Exchanges;

/// <summary>
/// The person lifecycle of design section 3: every allowed move, and the table of every other (status, movement)
/// pair with the rule that rejects it.
/// </summary>
public class LifecycleTests
{
    /// <summary>The allowed moves: from, movement, to.</summary>
    private static readonly (PersonStatus From, Movement Movement, PersonStatus To)[] Allowed =
    [
        (PersonStatus.Offered, Movement.Match, PersonStatus.Matched),
        (PersonStatus.Matched, Movement.Verify, PersonStatus.Verified),
        (PersonStatus.Verified, Movement.Schedule, PersonStatus.Scheduled),
        (PersonStatus.Scheduled, Movement.Unschedule, PersonStatus.Verified),
        (PersonStatus.Scheduled, Movement.Release, PersonStatus.Released),
        (PersonStatus.Released, Movement.Receive, PersonStatus.Received),
        (PersonStatus.Released, Movement.Dispute, PersonStatus.Disputed),
        (PersonStatus.Disputed, Movement.Receive, PersonStatus.Received),
        (PersonStatus.Matched, Movement.Decline, PersonStatus.Declined),
        (PersonStatus.Verified, Movement.Decline, PersonStatus.Declined),
        (PersonStatus.Scheduled, Movement.Decline, PersonStatus.Declined),
        (PersonStatus.Offered, Movement.Withdraw, PersonStatus.Withdrawn),
        (PersonStatus.Matched, Movement.Withdraw, PersonStatus.Withdrawn),
        (PersonStatus.Verified, Movement.Withdraw, PersonStatus.Withdrawn),
        (PersonStatus.Scheduled, Movement.Withdraw, PersonStatus.Withdrawn),
        (PersonStatus.Offered, Movement.RecordDeath, PersonStatus.Deceased),
        (PersonStatus.Matched, Movement.RecordDeath, PersonStatus.Deceased),
        (PersonStatus.Verified, Movement.RecordDeath, PersonStatus.Deceased),
        (PersonStatus.Scheduled, Movement.RecordDeath, PersonStatus.Deceased),
    ];

    /// <summary>The moves that bring a newly listed person to each status.</summary>
    private static readonly Dictionary<PersonStatus, Movement[]> PathTo = new()
    {
        [PersonStatus.Offered] = [],
        [PersonStatus.Matched] = [Movement.Match],
        [PersonStatus.Verified] = [Movement.Match, Movement.Verify],
        [PersonStatus.Scheduled] = [Movement.Match, Movement.Verify, Movement.Schedule],
        [PersonStatus.Released] = [Movement.Match, Movement.Verify, Movement.Schedule, Movement.Release],
        [PersonStatus.Received] = [Movement.Match, Movement.Verify, Movement.Schedule, Movement.Release, Movement.Receive],
        [PersonStatus.Disputed] = [Movement.Match, Movement.Verify, Movement.Schedule, Movement.Release, Movement.Dispute],
        [PersonStatus.Declined] = [Movement.Match, Movement.Decline],
        [PersonStatus.Withdrawn] = [Movement.Withdraw],
        [PersonStatus.Deceased] = [Movement.RecordDeath],
    };

    private static readonly PersonStatus[] InAStage = [PersonStatus.Scheduled, PersonStatus.Released, PersonStatus.Received, PersonStatus.Disputed];

    public static TheoryData<PersonStatus, Movement, PersonStatus> AllowedMoves()
    {
        var data = new TheoryData<PersonStatus, Movement, PersonStatus>();
        foreach (var (from, movement, to) in Allowed)
        {
            data.Add(from, movement, to);
        }
        return data;
    }

    /// <summary>Every other (status, movement) pair, with the rule that rejects it.</summary>
    public static TheoryData<PersonStatus, Movement, string> DisallowedMoves()
    {
        var data = new TheoryData<PersonStatus, Movement, string>();
        foreach (var from in Enum.GetValues<PersonStatus>())
        {
            foreach (var movement in Enum.GetValues<Movement>())
            {
                if (Allowed.Any(a => a.From == from && a.Movement == movement))
                {
                    continue;
                }
                var rule = movement switch
                {
                    Movement.Receive => DomainRule.ReceivedAfterReleased,
                    Movement.Schedule when InAStage.Contains(from) => DomainRule.OneStagePerPerson,
                    _ => DomainRule.PersonLifecycle,
                };
                data.Add(from, movement, rule.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void an_allowed_move_takes_the_person_to_the_next_status(PersonStatus from, Movement movement, PersonStatus to)
    {
        var (world, person) = PersonIn(from);

        world.Move(movement, [person], movement == Movement.Schedule ? "s1" : null);

        var moved = Assert.IsType<PersonMoved>(Assert.Single(world.Events));
        Assert.Equal((person, to), (moved.Person, moved.To));
        Assert.Equal(to, world.Person(person).Status);
        Assert.Equal(InAStage.Contains(to) ? "s1" : null, world.Person(person).StageId);
        Assert.Equal(1, world.Summary.A.ByStatus[to.ToWord()]);
    }

    [Theory]
    [MemberData(nameof(DisallowedMoves))]
    public void a_disallowed_move_is_rejected_with_the_rule_it_breaks(PersonStatus from, Movement movement, string rule)
    {
        var (world, person) = PersonIn(from);

        var e = Assert.Throws<RuleViolationException>(() =>
            world.Do(new MovePersons(World.X, movement, [person], movement == Movement.Schedule ? "s1" : null, null)));

        Assert.Equal(rule, e.Rule.Name);
        Assert.Equal(from, world.Person(person).Status);
    }

    [Fact]
    public void the_disallowed_table_covers_every_pair_the_allowed_table_leaves_out()
    {
        Assert.Equal(Enum.GetValues<PersonStatus>().Length * Enum.GetValues<Movement>().Length, Allowed.Length + DisallowedMoves().Count);
    }

    [Theory]
    [InlineData(Movement.Unschedule)]
    [InlineData(Movement.Decline)]
    [InlineData(Movement.Withdraw)]
    [InlineData(Movement.RecordDeath)]
    public void taking_someone_out_of_a_stage_takes_them_out_of_its_counts(Movement movement)
    {
        var (world, person) = PersonIn(PersonStatus.Scheduled);

        world.Move(movement, [person]);

        Assert.Null(world.Person(person).StageId);
        Assert.Equal(0, world.Summary.Stages[0].ScheduledA);
        Assert.DoesNotContain(world.Exchange.Tally.Entries, e => e.Key.StageId is not null);
    }

    [Fact]
    public void a_note_on_a_move_is_kept_as_private_data()
    {
        var (world, person) = PersonIn(PersonStatus.Matched);

        world.Do(new MovePersons(World.X, Movement.Decline, [person], null, "  does not consent  "));

        Assert.Equal(new PrivateNote("does not consent"), Assert.IsType<PersonMoved>(Assert.Single(world.Events)).Note);
    }

    private static (World World, string Person) PersonIn(PersonStatus status)
    {
        var world = World.WithExchange("5 for 5");
        world.Plan("s1", 5, 5);
        var person = world.List(Side.A, 1)[0];
        foreach (var movement in PathTo[status])
        {
            world.Move(movement, [person], movement == Movement.Schedule ? "s1" : null);
        }
        Assert.Equal(status, world.Person(person).Status);
        return (world, person);
    }
}
