using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.State;
using Parley.Store.Snapshots.Contract;

namespace Parley.Store.Snapshots;

/// <summary>
/// Turns a <see cref="ParleyState"/> into snapshot format 2 and back (<c>.ToState.cs</c>). Written by hand, type by type,
/// rather than handed to a generic serializer: the state's dictionaries are built with ordinal comparers
/// (<c>WithComparers(StringComparer.Ordinal)</c>) that a generic deserializer would silently replace, and some of its
/// types keep their counters private. Everything is written in ordinal key order, so equal states give equal bytes.
/// </summary>
internal static partial class SnapshotMapping
{
    private static readonly Instant Epoch = Instant.FromUnixTimeTicks(0);

    public static StateSnapshotV2 ToSnapshot(ParleyState state) => new(
        state.Version,
        [.. state.Parties.Values.Select(p => new PartyV1(p.Code, p.Name))],
        [.. state.Mediators.Values.Select(m => new MediatorV1(m.Id, m.Name, m.Representative))],
        [.. state.Rounds.Values.Select(ToSnapshot)],
        [.. state.Statements.Values.Select(s => new StatementV1(s.Id, s.RoundId, s.Speaker, s.PartyCode, ToNanoseconds(s.At), s.Language, s.Quote,
            [.. s.Sources.Select(u => new StatementSourceV1(u.Url.OriginalString, u.Outlet, ToNanoseconds(u.Seen)))],
            [.. s.Translations.Select(t => new TranslationV1(t.Language, t.Quote))]))],
        [.. state.Agreements.Values.Select(a => new AgreementV1(a.Id, a.RoundId, a.Title, a.Text, a.Terms?.ToString(), [.. a.Signatories]))],
        [.. state.Exchanges.Values.Select(ToSnapshot)],
        [.. state.Officers.Values.Select(o => new OfficerV1(o.Name, o.Party, o.Key, o.LastCounter, o.Revoked))],
        [.. state.PartyKeys.Select(k => new KeyValueV1(k.Key, k.Value))],
        [.. state.Entries.Values.Select(e => new PressEntryV1(e.Id, e.Live, e.Markdown, e.Key, e.Corrects, ToNanoseconds(e.At), e.CorrectedBy))],
        [.. state.Claims.Values.Select(c => new ClaimV1(c.Id, c.Exchange, c.Claimant, c.Holder, c.Figure, c.Stage, c.Value, c.Source, ToNanoseconds(c.At)))],
        [.. state.Corrections.Values.Select(c => new RecordCorrectionV1(c.Id, c.Kind, c.Target, c.Note, c.Retracts, ToNanoseconds(c.At)))],
        [.. state.Receipts.SelectMany(x => OrderedValues(x.Value).Select(r => new FamilyReceiptV1(x.Key, r.Id, r.Party, r.Request, r.Lookup, r.FeedLookup, r.Revoked)))],
        [.. state.Matching.Select(m => new StoredMatchingV2(m.Key,
            SnapshotParts.BytesOf(m.Value) ?? CompressedJson.Encode(ToSnapshot(m.Key, m.Value.Value), SnapshotJson.Matching)))]);

    private static RoundV1 ToSnapshot(Core.Talks.Round r) => new(
        r.Id, r.Number, r.Venue, r.City, r.Zone.Id, ToNanoseconds(r.ScheduledStart), r.MediatorId, r.Status,
        ToNanoseconds(r.ActualStart), ToNanoseconds(r.End),
        [.. Ordered(r.Delegations).Select(d => new DelegationV1(d.Key, [.. d.Value.Select(m => new DelegationMemberV1(m.Name, m.Role, m.Title))]))]);

    private static ExchangeV2 ToSnapshot(Core.Exchanges.Exchange x) => new(
        x.Id, x.AgreementId, x.SideA, x.SideB, x.Formula.ToString(),
        // Lists nobody changed since the snapshot they came from keep that snapshot's bytes.
        (x.UnchangedStoredLists is { } stored ? SnapshotParts.BytesOf(stored) : null) ?? CompressedJson.Encode(ToLists(x), SnapshotJson.Lists),
        [.. Ordered(x.Stages).Select(s => new StageV1(s.Value.Id, s.Value.Number, ToDayNumber(s.Value.Date), s.Value.PlannedA, s.Value.PlannedB,
            s.Value.Status, ToNanoseconds(s.Value.ClosedAt), s.Value.DeclinedA, s.Value.DeclinedB))],
        [.. x.Tally.Entries
            .OrderBy(c => c.Key.StageId, StringComparer.Ordinal).ThenBy(c => c.Key.Side).ThenBy(c => c.Key.Term).ThenBy(c => c.Key.Status)
            .Select(c => new TallyCountV1(c.Key.StageId, c.Key.Side, c.Key.Term, c.Key.Status, c.Value))],
        x.Fulfilled,
        [.. x.RequestTally.Entries.OrderBy(c => c.Key.Side).ThenBy(c => c.Key.Status).Select(c => new RequestCountV1(c.Key.Side, c.Key.Status, c.Value))],
        ToNanoseconds(x.FulfilledAt),
        x.Erasure is { } e ? new ExchangeErasureV1(ToNanoseconds(e.At), e.By is { } by ? new ActorV1(by.Role, by.Id, by.Party) : null, e.People, e.Forced, e.Reason) : null);

    private static ExchangeListsV2 ToLists(Core.Exchanges.Exchange x) => new(
        [.. Ordered(x.Persons).Select(p => new PersonV1(p.Value.Id, p.Value.Side, p.Value.Term, p.Value.Status, p.Value.StageId, ToSnapshot(p.Value.Details)))],
        [.. Ordered(x.Requests).Select(r => new RequestV1(r.Value.Id, r.Value.Side, r.Value.Term, r.Value.Status, ToSnapshot(r.Value.Details)))]);

    private static PersonDetailsV1? ToSnapshot(Core.Exchanges.PersonDetails? d) => d is null ? null : new(
        [.. d.Names.Select(n => new PersonNameV1(n.Text, n.Surname, n.Given, n.Patronymic))],
        d.DateOfBirth is { } born ? ToDayNumber(born) : null,
        d.Categories.IsEmpty ? null : [.. d.Categories],
        d.Identifiers.IsEmpty ? null : [.. d.Identifiers.Select(i => new KeyValueV1(i.Key, i.Value))]);

    private static ExchangeMatchingV1 ToSnapshot(string exchange, Core.Matching.ExchangeMatching m) => new(
        exchange, m.LastRun,
        [.. Ordered(m.DetailsChanged).Select(d => new DetailsChangedV1(d.Key, d.Value))],
        [.. m.Pairs.OrderBy(p => p.Key.Left, StringComparer.Ordinal).ThenBy(p => p.Key.Right, StringComparer.Ordinal).Select(p => new CandidatePairV1(
            p.Key.Left, p.Key.Right, p.Value.Candidate.Score, p.Value.Candidate.Decision, p.Value.Candidate.Evidence, p.Value.RecordedAt,
            [.. p.Value.Rulings.Select(r => new MatchRulingV1(r.Verdict, r.By, ToNanoseconds(r.At), r.Version))],
            p.Value.Confirmation is { } c ? new ConfirmationRulingV1(c.Verdict, c.By, ToNanoseconds(c.At), c.Version) : null))],
        [.. Ordered(m.Accepted).Select(a => new AcceptedV1(a.Key, a.Value.Left, a.Value.Right))],
        [.. m.WithoutAcceptedMatch.Order(StringComparer.Ordinal)]);

    /// <summary>A hash dictionary's entries in ordinal key order (its own order depends on the process's string hashing).</summary>
    private static IEnumerable<KeyValuePair<string, T>> Ordered<T>(ImmutableDictionary<string, T> dictionary) =>
        dictionary.OrderBy(e => e.Key, StringComparer.Ordinal);

    private static IEnumerable<T> OrderedValues<T>(ImmutableDictionary<string, T> dictionary) => Ordered(dictionary).Select(e => e.Value);

    private static long ToNanoseconds(Instant instant) => (instant - Epoch).ToInt64Nanoseconds();

    private static long? ToNanoseconds(Instant? instant) => instant is { } at ? ToNanoseconds(at) : null;

    private static Instant FromNanoseconds(long nanoseconds) => Epoch + Duration.FromNanoseconds(nanoseconds);

    private static Instant? FromNanoseconds(long? nanoseconds) => nanoseconds is { } n ? FromNanoseconds(n) : null;

    private static int ToDayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    private static LocalDate FromDayNumber(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));

    private static Actor ToActor(ActorV1 a) => new(a.Role, a.Id, a.Party);
}
