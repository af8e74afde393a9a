using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.State;
using Xunit;

namespace Parley.Core.Tests.Support;

/// <summary>
/// A small test-data builder: parties RU (side A) and UA (side B), a mediator, round 1 in Istanbul, an agreement
/// with a formula, exchange <see cref="X"/>, and synthetic persons. Every command goes through <see cref="Decider"/>.
/// </summary>
internal sealed class World
{
    public const string X = "x1";

    public static readonly Instant Now = Instant.FromUtc(2025, 5, 23, 9, 0);

    private readonly Dictionary<Side, int> _listed = new() { [Side.A] = 0, [Side.B] = 0 };
    private readonly Dictionary<Side, int> _requested = new() { [Side.A] = 0, [Side.B] = 0 };

    private World(ParleyState state) => State = state;

    public ParleyState State { get; private set; }

    /// <summary>Every event of every accepted command, in order.</summary>
    public List<DomainEvent> History { get; } = [];

    /// <summary>The events of the last accepted command.</summary>
    public ImmutableList<DomainEvent> Events { get; private set; } = [];

    public Exchange Exchange => State.Exchanges[X];

    public ExchangeSummary Summary => ExchangeSummary.Of(Exchange);

    /// <summary>Parties RU and UA, mediator TR and round r1 (16 May 2025, 13:30 in Istanbul).</summary>
    public static World Talks()
    {
        var world = new World(ParleyState.Empty);
        world.Do(new RegisterParty("RU", "Russian Federation"));
        world.Do(new RegisterParty("UA", "Ukraine"));
        world.Do(new RegisterMediator("TR", "Republic of Türkiye", "Hakan Fidan"));
        world.Do(new ScheduleRound("r1", 1, "Dolmabahçe Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 5, 16, 13, 30), "TR"));
        return world;
    }

    /// <summary>The talks, agreement a1 with these terms, and exchange x1 with RU as side A and UA as side B.</summary>
    public static World WithExchange(string terms)
    {
        var world = Talks();
        world.Do(new RecordAgreement("a1", "r1", "Exchange of prisoners", "The sides agreed an exchange.", terms, ["RU", "UA"]));
        world.Do(new OpenExchange(X, "a1", "RU", "UA"));
        return world;
    }

    /// <summary>The mediator, the two parties' officers and the verifier of the tests.</summary>
    public static readonly Actor Mediator = new(ActorRole.Mediator, "token:mediator");
    public static readonly Actor RU = new(ActorRole.Party, "token:ru", "RU");
    public static readonly Actor UA = new(ActorRole.Party, "token:ua", "UA");
    public static readonly Actor Verifier = new(ActorRole.Verifier, "token:icrc");
    public static readonly Actor Press = new(ActorRole.Press, "token:press");

    public Decision Do(Command command) => Do(command, Actor.CommandLine);

    public Decision Do(Command command, Actor actor)
    {
        var decision = Decider.Decide(State, command, actor, Now);
        History.AddRange(decision.Events);
        State = decision.State;
        Events = decision.Events;
        return decision;
    }

    /// <summary>Asserts the command is rejected for breaking <paramref name="rule"/> and that the state is untouched.</summary>
    public RuleViolationException Violates(Command command, DomainRule rule)
    {
        var e = Rejects<RuleViolationException>(command);
        Assert.Equal(rule.Name, e.Rule.Name);
        return e;
    }

    public TException Rejects<TException>(Command command, Actor? actor = null)
        where TException : ParleyException =>
        Assert.Throws<TException>(() => Decider.Decide(State, command, actor ?? Actor.CommandLine, Now));

    public static RosterEntry Entry(string id, params string[] categories) =>
        RosterEntry.Of(id, new PersonDetails(
            [new PersonName($"Synthetic Person {id}")],
            new LocalDate(1990, 1, 1),
            [.. categories],
            ImmutableSortedDictionary<string, string>.Empty));

    /// <summary>Lists <paramref name="count"/> synthetic persons on a side (ids such as A-00001) in one command.</summary>
    public ImmutableList<string> List(Side side, int count, params string[] categories)
    {
        var ids = Enumerable.Range(_listed[side] + 1, count).Select(n => $"{side}-{n:D5}").ToImmutableList();
        _listed[side] += count;
        Do(new ListPersons(X, side, [.. ids.Select(id => Entry(id, categories))]));
        return ids;
    }

    /// <summary>
    /// Puts <paramref name="count"/> synthetic requests on the receiving party's request list in the direction held by
    /// <paramref name="holder"/> (ids such as R-A-00001), in one command.
    /// </summary>
    public ImmutableList<string> Request(Side holder, int count, params string[] categories)
    {
        var key = holder == Side.A ? Side.B : Side.A;
        var ids = Enumerable.Range(_requested[holder] + 1, count).Select(n => $"R-{holder}-{n:D5}").ToImmutableList();
        _requested[holder] += count;
        Do(new SubmitList(X, Exchange.PartyOf(key), ListKind.Request, [.. ids.Select(id => Entry(id, categories))]));
        return ids;
    }

    /// <summary>Lists persons and moves them on to verified.</summary>
    public ImmutableList<string> ListVerified(Side side, int count, params string[] categories)
    {
        var ids = List(side, count, categories);
        Move(Movement.Match, ids);
        Move(Movement.Verify, ids);
        return ids;
    }

    public Decision Move(Movement movement, IEnumerable<string> persons, string? stage = null) =>
        Do(new MovePersons(X, movement, [.. persons], stage, null));

    public Decision Plan(string stage, int plannedA, int plannedB, LocalDate? date = null) =>
        Do(new PlanStage(X, stage, date ?? new LocalDate(2025, 5, 23), plannedA, plannedB));

    public Decision Close(string stage) => Do(new CloseStage(X, stage));

    /// <summary>Plans a stage for exactly these people, schedules and releases them, and closes it.</summary>
    public Decision RunStage(string stage, IReadOnlyCollection<string> fromA, IReadOnlyCollection<string> fromB, LocalDate? date = null)
    {
        ScheduleAndRelease(stage, fromA.Count, fromB.Count, [.. fromA, .. fromB], date);
        return Close(stage);
    }

    public void ScheduleAndRelease(string stage, int plannedA, int plannedB, IReadOnlyCollection<string> persons, LocalDate? date = null)
    {
        Plan(stage, plannedA, plannedB, date);
        Move(Movement.Schedule, persons, stage);
        Move(Movement.Release, persons);
    }

    public Person Person(string id) => Exchange.Persons[id];
}
