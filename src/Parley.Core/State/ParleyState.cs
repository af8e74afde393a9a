using System.Collections.Immutable;
using Parley.Core.Exchanges;
using Parley.Core.Talks;

namespace Parley.Core.State;

/// <summary>
/// Everything the log says, folded: the talks record and every exchange. Immutable, so a command is decided
/// against a state and a rejected one simply leaves the old state in place.
/// </summary>
public sealed partial record ParleyState(
    long Version,
    ImmutableSortedDictionary<string, Party> Parties,
    ImmutableSortedDictionary<string, Mediator> Mediators,
    ImmutableSortedDictionary<string, Round> Rounds,
    ImmutableSortedDictionary<string, Statement> Statements,
    ImmutableSortedDictionary<string, Agreement> Agreements,
    ImmutableSortedDictionary<string, Exchange> Exchanges)
{
    public static readonly ParleyState Empty = new(
        0,
        ImmutableSortedDictionary<string, Party>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, Mediator>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, Round>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, Statement>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, Agreement>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, Exchange>.Empty.WithComparers(StringComparer.Ordinal));
}
