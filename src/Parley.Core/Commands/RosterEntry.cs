using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Exchanges;

namespace Parley.Core.Commands;

/// <summary>One entry of a list as a party submits it: an opaque id and the person fields (docs/commands.md).</summary>
public sealed record RosterEntry(
    string Person,
    ImmutableList<PersonName> Names,
    LocalDate? Dob = null,
    ImmutableList<string>? Categories = null,
    ImmutableSortedDictionary<string, string>? Identifiers = null)
{
    public static RosterEntry Of(string person, PersonDetails details) =>
        new(person, details.Names, details.DateOfBirth, details.Categories, details.Identifiers);

    /// <summary>The personal data of the entry (unchecked: the decider checks it).</summary>
    public PersonDetails ToDetails() =>
        new(Names, Dob, Categories ?? [], Identifiers ?? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));
}
