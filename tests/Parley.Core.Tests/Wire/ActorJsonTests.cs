using System.Text.Json;
using CsCheck;
using Parley.Core.Actors;
using Parley.Core.Rules;
using Parley.Core.Wire;
using Xunit;

namespace Parley.Core.Tests.Wire;

/// <summary>
/// Every event's actor goes through <see cref="ActorJsonConverter"/>, written by hand for speed: it must write what the
/// serializer's own object converter wrote (the bytes of every event are what the public record commits to) and read
/// what it read.
/// </summary>
public sealed class ActorJsonTests
{
    /// <summary>The same shape as <see cref="Actor"/>, left to the serializer's own object converter: the reference.</summary>
    private sealed record ActorShape(ActorRole Role, string Id, string? Party);

    private static readonly ActorRole[] Roles = [ActorRole.Operator, ActorRole.Mediator, ActorRole.Party, ActorRole.Verifier, ActorRole.Press];

    /// <summary>Any valid actor: an id of printable ASCII (quotes, backslashes and angle brackets included), a party for a party officer.</summary>
    private static readonly Gen<Actor> AnyActor =
        Gen.Select(Gen.Int[0, Roles.Length - 1], Gen.Char['!', '~'].Array[1, 40], Gen.Int[0, 2].Select(i => new[] { "UA", "RU", "x.y-z_1" }[i]))
            .Select(t => new Actor(Roles[t.Item1], new string(t.Item2), Roles[t.Item1] == ActorRole.Party ? t.Item3 : null));

    [Fact]
    public void an_actor_is_written_byte_for_byte_as_the_serializers_object_converter_writes_its_shape()
    {
        AnyActor.Sample(actor =>
        {
            var shape = new ActorShape(actor.Role, actor.Id, actor.Party);
            foreach (var options in new[] { ParleyJson.Options, ParleyJson.PublicOptions, JsonSerializerOptions.Web })
            {
                Assert.Equal(JsonSerializer.Serialize(shape, options), JsonSerializer.Serialize(actor, options));
            }
        });
        Assert.Equal("""{"role":"party","id":"key:ua.officer","party":"UA"}""", JsonSerializer.Serialize(new Actor(ActorRole.Party, "key:ua.officer", "UA"), ParleyJson.Options));
    }

    [Fact]
    public void an_actor_reads_back_as_it_was_written()
    {
        AnyActor.Sample(actor => Assert.Equal(actor, JsonSerializer.Deserialize<Actor>(JsonSerializer.Serialize(actor, ParleyJson.Options), ParleyJson.Options)));
    }

    [Theory]
    [InlineData("""{"id":"token:t1","party":"UA","role":"party"}""")]
    [InlineData("""{"note":{"nested":[1,{"role":"press"}]},"role":"party","extra":[],"id":"token:t1","party":"UA"}""")]
    [InlineData("""{"r\u006fle":"party","\u0069d":"token:t1","party":"UA"}""")]
    [InlineData("""{"role":"mediator","role":"party","id":"cli","id":"token:t1","party":"UA"}""")]
    [InlineData("""{"role":1,"role":"party","id":"token:t1","party":"UA"}""")]
    public void an_actor_is_read_in_any_order_past_unknown_properties_escaped_names_and_repeats_the_last_one_winning(string json)
    {
        Assert.Equal(new Actor(ActorRole.Party, "token:t1", "UA"), JsonSerializer.Deserialize<Actor>(json, ParleyJson.Options));
        var shape = JsonSerializer.Deserialize<ActorShape>(json, ParleyJson.Options)!;
        Assert.Equal((ActorRole.Party, "token:t1", "UA"), (shape.Role, shape.Id, shape.Party));
    }

    [Fact]
    public void names_are_matched_ignoring_case_when_the_options_ask_for_it_and_only_then()
    {
        const string json = """{"Role":2,"ID":"token:t1"}""";

        Assert.Equal(new Actor(ActorRole.Mediator, "token:t1"), JsonSerializer.Deserialize<Actor>(json, JsonSerializerOptions.Web));
        Assert.Equal((ActorRole.Mediator, "token:t1"), JsonSerializer.Deserialize<ActorShape>(json, JsonSerializerOptions.Web) is { } shape ? (shape.Role, shape.Id) : default);
        Assert.IsType<ArgumentOutOfRangeException>(Record.Exception(() => JsonSerializer.Deserialize<Actor>(json, ParleyJson.Options)));
    }

    [Theory]
    [InlineData("""{"role":"party","id":5,"party":"UA"}""", typeof(JsonException))]
    [InlineData("""{"role":"party","id":"token:t1","party":{}}""", typeof(JsonException))]
    [InlineData("""["party","token:t1"]""", typeof(JsonException))]
    [InlineData("""{"role":"general","id":"token:t1"}""", typeof(JsonException))]
    [InlineData("""{"role":"press"}""", typeof(InvalidFieldException))]
    [InlineData("""{"role":"press","id":"token t1"}""", typeof(InvalidFieldException))]
    [InlineData("""{"id":"token:t1"}""", typeof(ArgumentOutOfRangeException))]
    [InlineData("""{"role":"press","id":"token:t1","party":"UA"}""", typeof(ArgumentException))]
    public void a_malformed_actor_is_refused_with_the_rule_it_breaks(string json, Type refusal)
    {
        var thrown = Record.Exception(() => JsonSerializer.Deserialize<Actor>(json, ParleyJson.Options));

        Assert.IsType(refusal, thrown);
    }

    [Fact]
    public void an_event_without_an_actor_or_with_a_null_one_reads_without_one_as_logs_from_before_actors_do()
    {
        var bare = EventCodec.DecodePublic("person.listed", """{"exchange":"x1","person":"p-1","side":"a","term":0}"""u8);
        var nulled = EventCodec.DecodePublic("person.listed", """{"exchange":"x1","person":"p-1","side":"a","term":0,"actor":null}"""u8);

        Assert.Null(bare.Actor);
        Assert.Null(nulled.Actor);
        Assert.Equal(new Actor(ActorRole.Operator, "cli"), EventCodec.DecodePublic("person.listed", """{"exchange":"x1","person":"p-1","side":"a","term":0,"actor":{"role":"operator","id":"cli"}}"""u8).Actor);
    }
}
