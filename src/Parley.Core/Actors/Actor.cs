using System.Text.Json.Serialization;
using Parley.Core.Rules;
using Parley.Core.Wire;

namespace Parley.Core.Actors;

/// <summary>
/// Who did something, as every event records it (public): a role and the credential that acted (a token's id, an
/// officer's key name, or the command line), and for a party officer the party. Never a person's name. Immutable.
/// </summary>
[JsonConverter(typeof(ActorJsonConverter))]
public sealed record Actor
{
    public Actor(ActorRole role, string id, string? party = null)
    {
        if (role is not (ActorRole.Operator or ActorRole.Mediator or ActorRole.Party or ActorRole.Verifier or ActorRole.Press))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "an actor has exactly one role");
        }
        if ((role == ActorRole.Party) != (party is not null))
        {
            throw new ArgumentException("a party officer names its party, and nobody else does", nameof(party));
        }
        Role = role;
        Id = id is { Length: > 0 and <= MaxIdLength } && !id.AsSpan().ContainsAnyExceptInRange('!', '~')
            ? id
            : throw new InvalidFieldException("actor", id, $"an actor's id is 1 to {MaxIdLength} printable ASCII characters without spaces");
        Party = party is null ? null : Ids.Check(party, "party");
    }

    private const int MaxIdLength = 200;

    public ActorRole Role { get; }

    /// <summary>The credential that acted: <c>token:ID</c>, <c>key:NAME</c>, <c>cli</c>, <c>demo</c>, <c>retention</c>.</summary>
    public string Id { get; }

    /// <summary>The party a party officer acts for; null for every other role.</summary>
    public string? Party { get; }

    /// <summary>The command line on the database itself.</summary>
    public static readonly Actor CommandLine = new(ActorRole.Operator, "cli");

    /// <summary>The retention policy, applied by the server or <c>parley retention apply</c> (RetentionPolicy).</summary>
    public static readonly Actor Retention = new(ActorRole.Operator, "retention");

    public bool IsParty(string party) => Role == ActorRole.Party && Party == party;

    /// <summary>As people read it: <c>mediator (token:t1)</c>, <c>party UA (key:ua.officer)</c>.</summary>
    public override string ToString() =>
        Role == ActorRole.Party ? $"party {Party} ({Id})" : $"{Role.ToString().ToLowerInvariant()} ({Id})";
}
