using System.Collections.Immutable;
using NodaTime;
using Parley.Core;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Store.Domain;
using Xunit;

namespace Parley.Store.Tests.Domain;

/// <summary>
/// Issue 14: a hostile party's officer cannot act on the other side's lists or people, even when its commands arrive in
/// the same group-committed batch as the commands that create their targets: party scope is decided against the state
/// each command is decided on, inside the writer, not at the door.
/// </summary>
public sealed class HostilePartyTests : IDisposable
{
    private static readonly Actor Mediator = new(ActorRole.Mediator, "token:m");
    private static readonly Actor Russia = new(ActorRole.Party, "token:ru", "RU");
    private static readonly Actor Ukraine = new(ActorRole.Party, "token:ua", "UA");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task the_other_sides_commands_fired_in_the_same_batch_as_what_creates_their_targets_are_all_refused()
    {
        await using var store = ParleyStore.Open(_temp.File("hostile.db"), OpenMode.CreateIfMissing);
        foreach (var command in Setup())
        {
            Assert.True((await store.ExecuteAsync(command, Mediator, TestContext.Current.CancellationToken)).Accepted);
        }
        var cancel = TestContext.Current.CancellationToken;

        // For each of 100 Russian-held people: Russia offers them, and Ukraine at once tries to release, withdraw and
        // amend them, and to submit Russia's offer list itself; all submitted together, so they share batches.
        var honest = new List<Task<CommandOutcome>>();
        var hostile = new List<Task<CommandOutcome>>();
        for (var n = 0; n < 100; n++)
        {
            var id = $"ru-{n:D3}";
            honest.Add(store.ExecuteAsync(new ListPersons("x", Side.A, [RosterEntry.Of(id, Person())]), Russia, cancel));
            hostile.Add(store.ExecuteAsync(new MovePersons("x", Movement.Withdraw, [id]), Ukraine, cancel));
            hostile.Add(store.ExecuteAsync(AmendPerson.Of("x", id, Person()), Ukraine, cancel));
            hostile.Add(store.ExecuteAsync(new SubmitList("x", "RU", ListKind.Offer, [RosterEntry.Of($"ua-forged-{n:D3}", Person())]), Ukraine, cancel));
            hostile.Add(store.ExecuteAsync(new MovePersons("x", Movement.Release, [id]), Ukraine, cancel));
        }
        var accepted = await Task.WhenAll(honest);
        var refused = await Task.WhenAll(hostile);

        Assert.All(accepted, o => Assert.True(o.Accepted, o.Reason));
        Assert.All(refused, o => Assert.False(o.Accepted, $"{o.Command.Name} by Ukraine was accepted"));
        // Whatever came before its target could only be refused as unknown; whatever came after was refused as not Ukraine's.
        Assert.All(refused, o => Assert.True(o.Rejection is NotPermittedException || o.Reason.Contains("known-reference", StringComparison.Ordinal), o.Reason));
        Assert.True(refused.Count(o => o.Rejection is NotPermittedException) >= 200, "the hostile commands should mostly meet their targets already there");
        Assert.True(store.WriterStatistics.LargestBatch > 1, "the commands were never batched together");
        Assert.DoesNotContain(store.State.Exchanges["x"].Persons.Values, p => p.Status != PersonStatus.Offered || p.Id.StartsWith("ua-forged", StringComparison.Ordinal));
        Assert.DoesNotContain(store.Log.Read(), e => System.Text.Encoding.UTF8.GetString(e.Public).Contains("\"token:ua\"", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Command> Setup() =>
    [
        new RegisterParty("RU", "Russian Federation"),
        new RegisterParty("UA", "Ukraine"),
        new ScheduleRound("r1", 1, "Dolmabahçe Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 5, 16, 13, 30)),
        new RecordAgreement("a1", "r1", "Exchange", "An exchange.", "1000 for 1000", ["RU", "UA"]),
        new OpenExchange("x", "a1", "RU", "UA"),
    ];

    private static PersonDetails Person() =>
        new([new PersonName("Тестенко Тест Тестович")], new LocalDate(1990, 1, 1), ["military"],
            ImmutableSortedDictionary<string, string>.Empty);
}
