using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Broadcast;
using Parley.Core.Claims;
using Parley.Core.Exchanges;
using Parley.Core.Families;
using Parley.Core.Formulas;
using Parley.Core.Matching;
using Parley.Core.State;
using Parley.Core.Talks;
using Parley.Store.Snapshots.Contract;

namespace Parley.Store.Snapshots;

internal static partial class SnapshotMapping
{
    /// <summary>The state a snapshot holds, with every dictionary built with the comparer the fold gives it.</summary>
    /// <remarks>The lists and matching of each exchange, most of a long log's state, are read on first use.</remarks>
    public static ParleyState ToState(StateSnapshotV2 s) => new ParleyState(
        s.Version,
        Sorted(s.Parties, p => p.Code, p => new Party(p.Code, p.Name)),
        Sorted(s.Mediators, m => m.Id, m => new Mediator(m.Id, m.Name, m.Representative)),
        Sorted(s.Rounds, r => r.Id, ToRound),
        Sorted(s.Statements, st => st.Id, st => new Statement(st.Id, st.RoundId, st.Speaker, st.PartyCode, FromNanoseconds(st.At), st.Language, st.Quote,
            [.. st.Sources.Select(u => new StatementSource(new Uri(u.Url), u.Outlet, FromNanoseconds(u.Seen)))],
            [.. st.Translations.Select(t => new Translation(t.Language, t.Quote))])),
        Sorted(s.Agreements, a => a.Id, a => new Agreement(a.Id, a.RoundId, a.Title, a.Text, a.Terms is null ? null : ExchangeFormula.Parse(a.Terms), [.. a.Signatories])),
        Sorted(s.Exchanges, x => x.Id, ToExchange))
    {
        Officers = Sorted(s.Officers, o => o.Name, o => new Officer(o.Name, o.Party, o.Key, o.LastCounter, o.Revoked)),
        PartyKeys = Sorted(s.PartyKeys, k => k.Key, k => k.Value),
        Entries = Sorted(s.Entries, e => e.Id, e => new PressEntry(e.Id, e.Live, e.Markdown, e.Key, e.Corrects, FromNanoseconds(e.At), e.CorrectedBy)),
        Claims = Sorted(s.Claims, c => c.Id, c => new Claim(c.Id, c.Exchange, c.Claimant, c.Holder, c.Figure, c.Stage, c.Value, c.Source, FromNanoseconds(c.At))),
        Corrections = Sorted(s.Corrections, c => c.Id, c => new RecordCorrection(c.Id, c.Kind, c.Target, c.Note, c.Retracts, FromNanoseconds(c.At))),
        Receipts = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, s.Receipts.GroupBy(r => r.Exchange, StringComparer.Ordinal).Select(g =>
            KeyValuePair.Create(g.Key, Hashed(g, r => r.Id, r => new FamilyReceipt(r.Exchange, r.Id, r.Party, r.Request, r.Lookup, r.FeedLookup, r.Revoked))))),
        Matching = Sorted(s.Matching, m => m.Exchange, m => SnapshotParts.Read(m.Body, SnapshotJson.Matching, ToMatching, $"matching of exchange {m.Exchange}")),
    };

    private static Round ToRound(RoundV1 r) => new(
        r.Id, r.Number, r.Venue, r.City, DateTimeZoneProviders.Tzdb[r.Zone], FromNanoseconds(r.ScheduledStart), r.MediatorId, r.Status,
        FromNanoseconds(r.ActualStart), FromNanoseconds(r.End),
        // The fold starts each round's delegations from the default comparer (ordinal for strings, but another instance).
        ImmutableDictionary.CreateRange(r.Delegations.Select(d => KeyValuePair.Create(d.Party,
            ImmutableList.CreateRange(d.Members.Select(m => new DelegationMember(m.Name, m.Role, m.Title)))))));

    private static Exchange ToExchange(ExchangeV2 x) => Exchange.WithStoredLists(
        x.Id, x.AgreementId, x.SideA, x.SideB, ExchangeFormula.Parse(x.Formula),
        Hashed(x.Stages, s => s.Id, s => new Stage(s.Id, s.Number, FromDayNumber(s.Date), s.PlannedA, s.PlannedB, s.Status, FromNanoseconds(s.ClosedAt))
        {
            DeclinedA = s.DeclinedA,
            DeclinedB = s.DeclinedB,
        }),
        Tally.Of(x.Tally.Select(c => KeyValuePair.Create(new TallyKey(c.StageId, c.Side, c.Term, c.Status), c.Count))),
        x.Fulfilled,
        SnapshotParts.Read(x.Lists, SnapshotJson.Lists, ToLists, $"lists of exchange {x.Id}")) with
    {
        RequestTally = RequestTally.Of(x.RequestTally.Select(c => KeyValuePair.Create((c.Side, c.Status), c.Count))),
        FulfilledAt = FromNanoseconds(x.FulfilledAt),
        Erasure = x.Erasure is { } e ? new ExchangeErasure(FromNanoseconds(e.At), e.By is { } by ? ToActor(by) : null, e.People, e.Forced, e.Reason) : null,
    };

    private static ExchangeLists ToLists(ExchangeListsV2 l) => new(
        Hashed(l.Persons, p => p.Id, p => new Person(p.Id, p.Side, p.Term, p.Status, p.StageId, ToDetails(p.Details))),
        Hashed(l.Requests, r => r.Id, r => new Request(r.Id, r.Side, r.Term, r.Status, ToDetails(r.Details))));

    private static PersonDetails? ToDetails(PersonDetailsV1? d) => d is null ? null : new(
        [.. d.Names.Select(n => new PersonName(n.Text, n.Surname, n.Given, n.Patronymic))],
        d.DateOfBirth is { } born ? FromDayNumber(born) : null,
        d.Categories is null ? [] : [.. d.Categories],
        d.Identifiers is null ? NoIdentifiers : Sorted(d.Identifiers, i => i.Key, i => i.Value));

    /// <summary>Shared by the many entries without identifiers (immutable, so sharing it is safe).</summary>
    private static readonly ImmutableSortedDictionary<string, string> NoIdentifiers = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    private static ExchangeMatching ToMatching(ExchangeMatchingV1 m) => new(
        m.LastRun,
        Hashed(m.DetailsChanged, d => d.Person, d => d.Version),
        ImmutableDictionary.CreateRange(m.Pairs.Select(p => KeyValuePair.Create(new PairKey(p.Left, p.Right), new CandidatePair(
            new MatchCandidate(p.Left, p.Right, p.Score, p.Decision, p.Evidence), p.RecordedAt,
            [.. p.Rulings.Select(r => new MatchRuling(r.Verdict, r.By, FromNanoseconds(r.At), r.Version))],
            p.Confirmation is { } c ? new ConfirmationRuling(c.Verdict, c.By, FromNanoseconds(c.At), c.Version) : null)))),
        Hashed(m.Accepted, a => a.Person, a => new PairKey(a.Left, a.Right)),
        ImmutableHashSet.CreateRange(StringComparer.Ordinal, m.WithoutAcceptedMatch));

    private static ImmutableSortedDictionary<string, TValue> Sorted<TItem, TValue>(IEnumerable<TItem> items, Func<TItem, string> key, Func<TItem, TValue> value) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, items.Select(i => KeyValuePair.Create(key(i), value(i))));

    private static ImmutableDictionary<string, TValue> Hashed<TItem, TValue>(IEnumerable<TItem> items, Func<TItem, string> key, Func<TItem, TValue> value) =>
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, items.Select(i => KeyValuePair.Create(key(i), value(i))));
}
