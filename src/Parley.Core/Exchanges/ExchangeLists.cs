using System.Collections.Immutable;

namespace Parley.Core.Exchanges;

/// <summary>
/// An exchange's four lists, which are most of its size: the offer lists (<see cref="Exchange.Persons"/>) and the request
/// lists (<see cref="Exchange.Requests"/>) of both directions. The unit a state snapshot keeps encoded until first use
/// (<see cref="Exchange.WithStoredLists"/>).
/// </summary>
public sealed record ExchangeLists(ImmutableDictionary<string, Person> Persons, ImmutableDictionary<string, Request> Requests);
