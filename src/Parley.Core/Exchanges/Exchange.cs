using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Formulas;
using Parley.Core.State;

namespace Parley.Core.Exchanges;

/// <summary>
/// An exchange opened from an agreement between side A and side B. It has two directions, named by their holding side:
/// A→B (people held by A, going home to B) and B→A. In each, the receiving side's request list (<see cref="Requests"/>)
/// and the holding side's offer list (<see cref="Persons"/>, who become people in the exchange once matched); then the
/// stages and the counters. Immutable; the decider produces events and <see cref="State.ParleyState"/> folds them.
/// </summary>
public sealed partial record Exchange(
    string Id,
    string AgreementId,
    string SideA,
    string SideB,
    ExchangeFormula Formula,
    ImmutableDictionary<string, Person> Persons,
    ImmutableDictionary<string, Stage> Stages,
    Tally Tally,
    bool Fulfilled)
{
    private static readonly ImmutableDictionary<string, Request> NoRequests =
        ImmutableDictionary<string, Request>.Empty.WithComparers(StringComparer.Ordinal);

    // Each list is either set (null here when not) or still in the stored lists, read on first use: a snapshot's exchange
    // starts with both unset, and a change to one list sets that one alone.
    private readonly ImmutableDictionary<string, Person>? _persons = Persons;
    private readonly ImmutableDictionary<string, Request>? _requests;
    private Deferred<ExchangeLists>? Stored { get; init; }

    public static Exchange Open(string id, string agreementId, string sideA, string sideB, ExchangeFormula formula) =>
        new(id, agreementId, sideA, sideB, formula,
            ImmutableDictionary<string, Person>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, Stage>.Empty.WithComparers(StringComparer.Ordinal),
            Tally.Empty, Fulfilled: false);

    /// <summary>
    /// An exchange whose lists are read from <paramref name="lists"/> on first use (a state snapshot's): the rest of the
    /// exchange (stages, tallies, formula) is at hand at once.
    /// </summary>
    public static Exchange WithStoredLists(
        string id, string agreementId, string sideA, string sideB, ExchangeFormula formula, ImmutableDictionary<string, Stage> stages,
        Tally tally, bool fulfilled, Deferred<ExchangeLists> lists) =>
        new(id, agreementId, sideA, sideB, formula, Persons: null!, stages, tally, fulfilled) { Stored = Preconditions.CheckNotNull(lists) };

    /// <summary>The offer lists of both directions, by person id.</summary>
    public ImmutableDictionary<string, Person> Persons
    {
        get => _persons ?? Stored!.Value.Persons;
        init => _persons = Preconditions.CheckNotNull(value);
    }

    /// <summary>The request lists of both directions, by request id.</summary>
    public ImmutableDictionary<string, Request> Requests
    {
        get => _requests ?? Stored?.Value.Requests ?? NoRequests;
        init => _requests = Preconditions.CheckNotNull(value);
    }

    /// <summary>
    /// The stored lists this exchange's lists are read from, when neither has changed since (a snapshot's, whose bytes the
    /// next snapshot can copy); otherwise null.
    /// </summary>
    public Deferred<ExchangeLists>? UnchangedStoredLists => _persons is null && _requests is null ? Stored : null;

    public RequestTally RequestTally { get; init; } = RequestTally.Empty;

    /// <summary>When the exchange was fulfilled (the retention period counts from it), or null while it runs.</summary>
    public Instant? FulfilledAt { get; init; }

    /// <summary>The erasure of the lists' personal data, or null while it is kept.</summary>
    public ExchangeErasure? Erasure { get; init; }

    /// <summary>
    /// The exchange with every list entry's personal data dropped: what the log still says once the private parts are
    /// erased (the same state a replay of the erased log reaches).
    /// </summary>
    public Exchange WithoutPersonalData(ExchangeErasure erasure) => this with
    {
        Persons = Persons.SetItems(Persons.Select(kv => KeyValuePair.Create(kv.Key, kv.Value with { Details = null }))),
        Requests = Requests.SetItems(Requests.Select(kv => KeyValuePair.Create(kv.Key, kv.Value with { Details = null }))),
        Erasure = erasure,
    };

    public int TermCount => Formula.Terms.Length;

    /// <summary>The party that holds the people of a direction (and releases them).</summary>
    public string PartyOf(Side side) => side == Side.A ? SideA : SideB;

    /// <summary>The party that receives the people of a direction (and asks for them).</summary>
    public string ReceiverOf(Side side) => PartyOf(side.Other());

    /// <summary>The side a party holds, or null when it is not a party to the exchange.</summary>
    public Side? SideOf(string party) => party == SideA ? Side.A : party == SideB ? Side.B : null;

    /// <summary>Whether an id is taken by any entry of any list (ids are unique across an exchange's four lists).</summary>
    public bool HasEntry(string id) => Persons.ContainsKey(id) || Requests.ContainsKey(id);

    /// <summary>Requests of a direction still without a match: the public count of outstanding requests.</summary>
    public int Outstanding(Side side) => RequestTally[side, RequestStatus.Requested];

    public Quantity QuantityOf(int term, Side side) =>
        side == Side.A ? Formula.Terms[term].SideA : Formula.Terms[term].SideB;

    /// <summary>People of a side released under a term (released, received or disputed), overall or in one stage.</summary>
    public int Released(Side side, int term, string? stageId = null) =>
        Tally.Count(stageId, side, term, PersonStatusExtensions.HasBeenReleased);

    public int ReleasedAllTerms(Side side, string? stageId = null) =>
        Tally.CountAllTerms(stageId, side, TermCount, PersonStatusExtensions.HasBeenReleased);

    public int Pending(Side side, int term) => Tally.Count(null, side, term, PersonStatusExtensions.IsPending);

    /// <summary>People of a side in a stage, whatever they have reached there (scheduled, released, received, disputed).</summary>
    public int InStage(Side side, string stageId) => Tally.CountAllTerms(stageId, side, TermCount, static _ => true);

    public int InStatus(Side side, PersonStatus status, string? stageId = null) =>
        Tally.CountAllTerms(stageId, side, TermCount, s => s == status);

    public int Counting(Side side, Func<PersonStatus, bool> filter) => Tally.CountAllTerms(null, side, TermCount, filter);
}
