using System.Text.Json;
using NodaTime;
using Parley.Core.Decisions;
using Parley.Core.Events;
using Parley.Core.State;
using Parley.Core.Wire;
using Parley.Demo;
using Parley.Store.Serialization;
using Xunit;

namespace Parley.Store.Tests.Serialization;

public sealed class EventCodecTests
{
    [Fact]
    public void Every_event_of_the_demo_decodes_to_what_was_encoded()
    {
        var events = DemoEvents();
        var types = new HashSet<string>();
        foreach (var e in events)
        {
            var row = StoredEvents.ToAppend(e, 0);
            var back = EventCodec.Decode(row.Type, row.Public, row.Private);
            Assert.Equal(e.GetType(), back.GetType());
            Assert.Equal(Json(e), Json(back));
            types.Add(e.Type);
        }
        Assert.True(types.Count >= 15, $"the demo covers only {types.Count} event types");
    }

    [Fact]
    public void Each_event_type_has_one_name_and_person_listed_is_not_a_movement()
    {
        var listed = DemoEvents().OfType<PersonListed>().First();
        var row = EventCodec.Encode(listed);

        Assert.IsType<PersonListed>(EventCodec.Decode(row.Type, row.Public, row.Private));
        Assert.Equal(EventCodec.KnownTypes.Count, EventCodec.KnownTypes.Distinct().Count());
    }

    [Fact]
    public void An_unknown_event_type_is_refused_with_its_name()
    {
        var error = Assert.Throws<UnknownEventTypeException>(() => EventCodec.Decode("person.teleported", "{}"u8, default));
        Assert.Contains("person.teleported", error.Message);
    }

    private static List<DomainEvent> DemoEvents()
    {
        var state = ParleyState.Empty;
        var events = new List<DomainEvent>();
        foreach (var command in IstanbulDemo.Commands())
        {
            var decision = Decider.Decide(state, command.Command, command.Actor, Instant.FromUtc(2026, 1, 1, 12, 0));
            events.AddRange(decision.Events);
            state = decision.State;
        }
        return events;
    }

    private static string Json(DomainEvent e) => JsonSerializer.Serialize(e, e.GetType(), ParleyJson.Options);
}
