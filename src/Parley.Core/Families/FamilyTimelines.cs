using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Wire;

namespace Parley.Core.Families;

/// <summary>
/// What the family pages show, folded from the log: each request's history (<see cref="FamilyStep"/>s: the request's
/// own moves, then, once a match is confirmed, the matched person's) and the live receipts by the hashes of their codes
/// and feed capabilities. Immutable; <see cref="Apply"/> takes one event with its log position and recorded time. It
/// reads the receipt events with their private part (the hashes) and every other event's public part only.
/// </summary>
public sealed record FamilyTimelines
{
    public static readonly FamilyTimelines Empty = new();

    /// <summary>The event types the fold reads; every other type passes without being decoded.</summary>
    public static readonly FrozenSet<string> Types = new[]
    {
        WireTypes.NameOf<RequestListed>(), WireTypes.NameOf<ReceiptIssued>(), WireTypes.NameOf<ReceiptRevoked>(),
        WireTypes.NameOf<MatchDecided>(), WireTypes.NameOf<MatchConfirmed>(),
    }.Concat(WireTypes.EventNamesOf<RequestMoved>()).Concat(WireTypes.EventNamesOf<PersonMoved>()).ToFrozenSet(StringComparer.Ordinal);

    private ImmutableDictionary<(string Exchange, string Request), ImmutableList<FamilyStep>> Steps { get; init; } =
        ImmutableDictionary<(string, string), ImmutableList<FamilyStep>>.Empty;

    /// <summary>Offered people matched (confirmed) to a request.</summary>
    private ImmutableDictionary<(string Exchange, string Person), string> Links { get; init; } =
        ImmutableDictionary<(string, string), string>.Empty;

    private ImmutableDictionary<string, FamilyKey> ByCode { get; init; } = ImmutableDictionary<string, FamilyKey>.Empty.WithComparers(StringComparer.Ordinal);

    private ImmutableDictionary<string, FamilyKey> ByFeed { get; init; } = ImmutableDictionary<string, FamilyKey>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The log position folded through.</summary>
    public long Through { get; init; }

    /// <summary>The live receipt a code opens, or null (wrong, revoked or never issued: the caller must not tell which).</summary>
    public FamilyKey? Open(ReceiptCode code) => ByCode.GetValueOrDefault(code.Lookup);

    /// <summary>The live receipt a feed capability opens, or null.</summary>
    public FamilyKey? OpenFeed(string capability) => ByFeed.GetValueOrDefault(ReceiptCode.FeedLookupOf(capability));

    /// <summary>One requested person's history, oldest first.</summary>
    public ImmutableList<FamilyStep> History(FamilyKey key) => Steps.GetValueOrDefault((key.Exchange, key.Request)) ?? [];

    /// <summary>Folds one event recorded at <paramref name="sequence"/> and <paramref name="recorded"/>.</summary>
    public FamilyTimelines Apply(DomainEvent e, long sequence, Instant recorded)
    {
        var next = e switch
        {
            RequestListed r => Step(r.Exchange, r.Request, sequence, FamilyStatus.Requested, recorded, null),
            RequestMoved r => Step(r.Exchange, r.Request, sequence, r.To switch
            {
                RequestStatus.Requested => FamilyStatus.Requested,
                RequestStatus.Matched => FamilyStatus.Matched,
                RequestStatus.Withdrawn => FamilyStatus.Withdrawn,
                _ => FamilyStatus.Carried,
            }, r.At, null),
            MatchDecided d => Decided(d, sequence),
            MatchConfirmed c => Confirmed(c, sequence),
            PersonMoved m => Moved(m, sequence),
            ReceiptIssued r when r.Secret is { } secret => this with
            {
                ByCode = ByCode.SetItem(secret.Lookup, new FamilyKey(r.Exchange, r.Receipt, secret.Request)),
                ByFeed = ByFeed.SetItem(secret.FeedLookup, new FamilyKey(r.Exchange, r.Receipt, secret.Request)),
            },
            ReceiptRevoked r => this with
            {
                ByCode = ByCode.RemoveRange(ByCode.Where(kv => kv.Value.Exchange == r.Exchange && kv.Value.Receipt == r.Receipt).Select(kv => kv.Key)),
                ByFeed = ByFeed.RemoveRange(ByFeed.Where(kv => kv.Value.Exchange == r.Exchange && kv.Value.Receipt == r.Receipt).Select(kv => kv.Key)),
            },
            _ => this,
        };
        return next with { Through = sequence };
    }

    private FamilyTimelines Decided(MatchDecided d, long sequence)
    {
        var last = Last(d.Exchange, d.Left);
        return (d.Verdict, last) switch
        {
            (MatchVerdict.Accept, FamilyStatus.Requested) => Step(d.Exchange, d.Left, sequence, FamilyStatus.Offered, d.At, null),
            (MatchVerdict.Reject, FamilyStatus.Offered) => Step(d.Exchange, d.Left, sequence, FamilyStatus.Requested, d.At, null),
            _ => this,
        };
    }

    private FamilyTimelines Confirmed(MatchConfirmed c, long sequence)
    {
        if (c.Verdict == ConfirmationVerdict.Confirm)
        {
            return this with { Links = Links.SetItem((c.Exchange, c.Right), c.Left) };
        }
        return Last(c.Exchange, c.Left) == FamilyStatus.Offered ? Step(c.Exchange, c.Left, sequence, FamilyStatus.Requested, c.At, null) : this;
    }

    private FamilyTimelines Moved(PersonMoved m, long sequence)
    {
        if (!Links.TryGetValue((m.Exchange, m.Person), out var request))
        {
            return this;
        }
        var status = m.To switch
        {
            PersonStatus.Verified => FamilyStatus.Verified,
            PersonStatus.Declined => FamilyStatus.Declined,
            PersonStatus.Scheduled => FamilyStatus.Scheduled,
            PersonStatus.Released => FamilyStatus.Released,
            PersonStatus.Received => FamilyStatus.Received,
            PersonStatus.Disputed => FamilyStatus.Disputed,
            PersonStatus.Deceased => FamilyStatus.AskTheOffice,
            PersonStatus.Withdrawn => FamilyStatus.Withdrawn,
            // Matched comes with the request's own move; back to offered is the request's move back to requested.
            _ => (FamilyStatus?)null,
        };
        var unlinked = m.To is PersonStatus.Offered or PersonStatus.Withdrawn or PersonStatus.Deceased
            ? this with { Links = Links.Remove((m.Exchange, m.Person)) }
            : this;
        return status is { } s ? unlinked.Step(m.Exchange, request, sequence, s, m.At, m.Stage) : unlinked;
    }

    private FamilyStatus? Last(string exchange, string request) =>
        Steps.GetValueOrDefault((exchange, request)) is { Count: > 0 } steps ? steps[^1].Status : null;

    private FamilyTimelines Step(string exchange, string request, long sequence, FamilyStatus status, Instant at, string? stage)
    {
        var key = (exchange, request);
        var steps = Steps.GetValueOrDefault(key) ?? [];
        if (steps.Count > 0 && steps[^1].Status == status && steps[^1].Stage == stage)
        {
            return this;
        }
        return this with { Steps = Steps.SetItem(key, steps.Add(new FamilyStep(sequence, status, at, stage))) };
    }
}

/// <summary>A live receipt: the exchange, its public receipt id, and the request it is for (never shown to anyone).</summary>
public sealed record FamilyKey(string Exchange, string Receipt, string Request);
