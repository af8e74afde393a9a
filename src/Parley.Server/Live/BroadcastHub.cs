using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Events;
using Parley.Core.State;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Server.Live;

/// <summary>
/// The live broadcast: reads the log (once in full, then after every accepted command) and turns ledger events and press
/// entries into the entries of each round's and each exchange's live page, and fans them out to the page's subscribers.
/// Entries are keyed by log sequence number, so "everything after N" is exact: nothing missed, nothing twice.
/// </summary>
public sealed class BroadcastHub
{
    private static readonly HashSet<string> Broadcast = new(StringComparer.Ordinal)
    {
        "round.scheduled", "round.started", "round.concluded", "statement.recorded", "agreement.reached",
        "exchange.opened", "stage.planned", "stage.closed", "exchange.fulfilled", "entry.posted",
    };

    private readonly ParleyStore _store;
    private readonly ServerOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LiveSnapshot> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<Subscriber>> _subscribers = new(StringComparer.Ordinal);
    private long _through;
    private bool _closed;

    private readonly Timer _keepAlive;

    public BroadcastHub(ParleyStore store, ServerOptions options)
    {
        _store = store;
        _options = options;
        CatchUp();
        // Checked four times a period, so a stream gets its keep-alive within 1.25 periods of going idle and streams
        // that went idle at different times are not all written in one burst.
        var check = options.KeepAlive / 4;
        _keepAlive = new Timer(_ => SendKeepAlive(), null, check, check);
    }

    /// <summary>The log position the broadcast has read through.</summary>
    public long Through => Volatile.Read(ref _through);

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Values.Sum(s => s.Count);
            }
        }
    }

    public LiveSnapshot? Page(string live)
    {
        lock (_gate)
        {
            return _pages.GetValueOrDefault(live);
        }
    }

    public IReadOnlyList<LiveSnapshot> Pages()
    {
        lock (_gate)
        {
            return [.. _pages.Values];
        }
    }

    /// <summary>The item that tells a subscriber its page's figures changed (they are sent without an id).</summary>
    internal static readonly LiveItem Figures = new(-2, "", default, false, null, null, null, null);

    /// <summary>Reads the events committed since the last call, publishes their entries, and tells the pages whose figures moved.</summary>
    public void CatchUp()
    {
        lock (_gate)
        {
            var state = _store.State;
            var moved = new HashSet<string>(StringComparer.Ordinal);
            foreach (var stored in _store.Log.Read(_through + 1))
            {
                if (Broadcast.Contains(stored.Type))
                {
                    var e = stored.Decode();
                    foreach (var (live, item) in ItemsOf(e, stored, state))
                    {
                        Publish(live, item);
                    }
                }
                if (stored.Type.StartsWith("person.", StringComparison.Ordinal) || stored.Type.StartsWith("stage.", StringComparison.Ordinal))
                {
                    if (ExchangeOf(stored.Public) is { } exchange)
                    {
                        moved.Add(exchange);
                    }
                }
                Volatile.Write(ref _through, stored.Sequence);
            }
            foreach (var exchange in moved)
            {
                if (state.Exchanges.GetValueOrDefault(exchange) is { } x)
                {
                    foreach (var page in PagesOf(state, x))
                    {
                        if (_subscribers.TryGetValue(page, out var set))
                        {
                            var frames = new FrameCache(Figures);
                            foreach (var subscriber in set)
                            {
                                subscriber.OfferUnlessFull(frames.For(subscriber));
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The "exchange" field of an event's public part, read without decoding the event.</summary>
    private static string? ExchangeOf(byte[] publicPart)
    {
        var reader = new System.Text.Json.Utf8JsonReader(publicPart);
        while (reader.Read())
        {
            if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("exchange"u8))
            {
                return reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
            }
            if (reader.TokenType is System.Text.Json.JsonTokenType.StartObject or System.Text.Json.JsonTokenType.StartArray && reader.CurrentDepth >= 1)
            {
                reader.Skip();
            }
        }
        return null;
    }

    /// <summary>
    /// Subscribes to a page's new entries; <paramref name="backlog"/> is every entry after <paramref name="after"/>, taken
    /// under the same lock, so the backlog and the live queue neither overlap nor leave a gap. Null for an unknown page or
    /// while shutting down.
    /// </summary>
    public Subscriber? Subscribe(string live, long after, string language, Func<LiveItem, byte[]> render, out IReadOnlyList<LiveItem> backlog)
    {
        lock (_gate)
        {
            backlog = [];
            if (_closed || !_pages.TryGetValue(live, out var page))
            {
                return null;
            }
            backlog = page.Items.Where(i => i.Sequence > after).ToList();
            var subscriber = new Subscriber(live, language, render, _options.SubscriberBuffer);
            if (!_subscribers.TryGetValue(live, out var set))
            {
                _subscribers[live] = set = [];
            }
            set.Add(subscriber);
            return subscriber;
        }
    }

    public void Unsubscribe(Subscriber subscriber)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(subscriber.Live, out var set))
            {
                set.Remove(subscriber);
            }
        }
    }

    /// <summary>Ends every stream (they resume with Last-Event-ID when the reader reconnects).</summary>
    public void DisconnectAll()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers.Values.SelectMany(s => s))
            {
                subscriber.End();
            }
            _subscribers.Clear();
        }
    }

    /// <summary>On shutdown: ends every stream cleanly and takes no new subscribers.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
        }
        _keepAlive.Dispose();
        DisconnectAll();
    }

    /// <summary>Sends a keep-alive comment to every stream that has sent nothing for a keep-alive period (a busy stream needs none).</summary>
    private void SendKeepAlive()
    {
        lock (_gate)
        {
            var idleSince = Environment.TickCount64 - (long)_options.KeepAlive.TotalMilliseconds;
            foreach (var subscriber in _subscribers.Values.SelectMany(s => s))
            {
                subscriber.OfferIfIdleSince(idleSince, Subscriber.KeepAliveFrame);
            }
        }
    }

    private void Publish(string live, LiveItem item)
    {
        if (!_pages.TryGetValue(live, out var page))
        {
            return;
        }
        var items = page.Items.Add(item);
        var byId = page.ById.SetItem(item.Id, item);
        if (item.Corrects is { } corrected && byId.GetValueOrDefault(corrected) is { } original)
        {
            var updated = original with { CorrectedBy = item.Id };
            items = items.Replace(original, updated);
            byId = byId.SetItem(corrected, updated);
        }
        _pages[live] = page with { Items = items, ById = byId, Version = item.Sequence };
        if (_subscribers.TryGetValue(live, out var set))
        {
            var frames = new FrameCache(item);
            var slow = FanOut(set, frames);
            slow.ForEach(s => set.Remove(s));
        }
    }

    private void OpenPage(string live, LiveKind kind, DateTimeZone zone)
    {
        if (!_pages.ContainsKey(live))
        {
            _pages[live] = new LiveSnapshot(live, kind, zone, [], ImmutableDictionary<string, LiveItem>.Empty.WithComparers(StringComparer.Ordinal), 0);
        }
    }

    /// <summary>The entries an event makes, and the pages they go to. Only public parts of events are used.</summary>
    private IEnumerable<(string Live, LiveItem Item)> ItemsOf(DomainEvent e, Store.StoredEvent stored, ParleyState state)
    {
        var seq = stored.Sequence;
        var recorded = Instant.FromUnixTimeMilliseconds(stored.RecordedAtUnixMs);
        LiveItem Auto(Instant at, bool key, string kind, params object[] args) =>
            new(seq, "auto-" + seq, at, key, null, new AutoText(kind, [.. args]), null, null);
        switch (e)
        {
            case RoundScheduled r:
                OpenPage(r.Id, LiveKind.Round, DateTimeZoneProviders.Tzdb[r.Zone]);
                yield return (r.Id, Auto(recorded, false, "round.scheduled", r.Number, r.Venue, r.City, r.ScheduledStart.InZone(DateTimeZoneProviders.Tzdb[r.Zone])));
                break;
            case RoundStarted s when state.Rounds.GetValueOrDefault(s.Round) is { } round:
                yield return (s.Round, Auto(s.At, true, "round.started", round.Number, round.Venue, round.City));
                break;
            case RoundConcluded c when state.Rounds.GetValueOrDefault(c.Round) is { } round:
                var minutes = round.ActualStart is { } start ? (int)(c.At - start).TotalMinutes : 0;
                yield return (c.Round, Auto(c.At, true, "round.concluded", round.Number, minutes));
                break;
            case StatementRecorded s:
                yield return (s.Round, Auto(s.At, false, "statement.recorded", s.Speaker, s.Party ?? "", s.Quote));
                break;
            case AgreementReached a:
                var at = state.Rounds.GetValueOrDefault(a.Round)?.End ?? recorded;
                yield return (a.Round, a.Terms is null
                    ? Auto(at, true, "agreement.reached.plain", a.Title)
                    : Auto(at, true, "agreement.reached", a.Title, a.Terms));
                break;
            case ExchangeOpened o when RoundOf(state, o.Exchange) is { } round:
                OpenPage(o.Exchange, LiveKind.Exchange, round.Zone);
                var terms = state.Agreements[o.Agreement].Terms?.ToString() ?? "";
                var opened = Auto(recorded, false, "exchange.opened", o.SideA, o.SideB, terms);
                yield return (o.Exchange, opened);
                yield return (round.Id, opened);
                break;
            case StagePlanned s when state.Exchanges.GetValueOrDefault(s.Exchange) is { } x:
                foreach (var page in PagesOf(state, x))
                {
                    yield return (page, Auto(recorded, false, "stage.planned", s.Number, s.Date, s.PlannedA, x.SideA, s.PlannedB, x.SideB));
                }
                break;
            case StageClosed c when state.Exchanges.GetValueOrDefault(c.Exchange) is { } x:
                var number = x.Stages.GetValueOrDefault(c.Stage)?.Number ?? 0;
                foreach (var page in PagesOf(state, x))
                {
                    yield return (page, Auto(c.At, true, "stage.closed", number, c.ReleasedA, x.SideA, c.ReleasedB, x.SideB));
                }
                break;
            case ExchangeFulfilled f when state.Exchanges.GetValueOrDefault(f.Exchange) is { } x:
                foreach (var page in PagesOf(state, x))
                {
                    yield return (page, Auto(f.At, true, "exchange.fulfilled", f.ReleasedA, x.SideA, f.ReleasedB, x.SideB));
                }
                break;
            case EntryPosted p:
                yield return (p.Live, new LiveItem(seq, p.Id, p.At, p.Key, p.Markdown, null, p.Corrects, null));
                break;
        }
    }

    private static IEnumerable<string> PagesOf(ParleyState state, Core.Exchanges.Exchange x)
    {
        yield return x.Id;
        if (RoundOf(state, x.Id) is { } round)
        {
            yield return round.Id;
        }
    }

    internal static Core.Talks.Round? RoundOf(ParleyState state, string exchange) =>
        state.Exchanges.GetValueOrDefault(exchange) is { } x
        && state.Agreements.GetValueOrDefault(x.AgreementId) is { } agreement
            ? state.Rounds.GetValueOrDefault(agreement.RoundId)
            : null;

    /// <summary>Offers a frame to every subscriber, without waiting for any of them; returns the readers cut off as too slow.</summary>
    private static List<Subscriber> FanOut(HashSet<Subscriber> set, FrameCache frames)
    {
        var slow = new List<Subscriber>();
        foreach (var subscriber in set)
        {
            if (!subscriber.Offer(frames.For(subscriber)))
            {
                slow.Add(subscriber);
            }
        }
        return slow;
    }

    /// <summary>One item's frame per language, rendered for the first subscriber of that language and shared by the rest.</summary>
    private sealed class FrameCache(LiveItem item)
    {
        private readonly Dictionary<string, byte[]> _byLanguage = new(StringComparer.Ordinal);

        public byte[] For(Subscriber subscriber)
        {
            if (!_byLanguage.TryGetValue(subscriber.Language, out var frame))
            {
                _byLanguage[subscriber.Language] = frame = subscriber.Render(item);
            }
            return frame;
        }
    }
}
