using System.Collections.Immutable;
using NodaTime;

namespace Parley.Core.Talks;

/// <summary>
/// A round of talks. Times are instants; <see cref="Zone"/> is the venue's IANA zone, used to show them as the
/// people in the room saw them. Immutable: every change gives a new round.
/// </summary>
public sealed record Round(
    string Id,
    int Number,
    string Venue,
    string City,
    DateTimeZone Zone,
    Instant ScheduledStart,
    string? MediatorId,
    RoundStatus Status,
    Instant? ActualStart,
    Instant? End,
    ImmutableDictionary<string, ImmutableList<DelegationMember>> Delegations)
{
    public ZonedDateTime InVenueZone(Instant instant) => instant.InZone(Zone);

    public Duration? Duration => ActualStart is { } start && End is { } end ? end - start : null;
}
