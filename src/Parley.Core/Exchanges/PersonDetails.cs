using System.Collections.Immutable;
using NodaTime;

namespace Parley.Core.Exchanges;

/// <summary>
/// Personal data of a roster entry. It lives only in the private part of events and never in a public output.
/// </summary>
public sealed record PersonDetails(
    ImmutableList<PersonName> Names,
    LocalDate? DateOfBirth,
    ImmutableList<string> Categories,
    ImmutableSortedDictionary<string, string> Identifiers) : IPersonalData;
