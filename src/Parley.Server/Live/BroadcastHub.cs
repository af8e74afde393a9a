using NodaTime;
using Parley.Core.Broadcast.Live;
using Parley.Core.State;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Server.Live;

/// <summary>
/// The live broadcast's subscribers and streams: reads the log (once in full, then after every accepted command) into
/// the live projection (<see cref="LiveProjection"/>, in Core, which decides what becomes an entry of which page), and
/// writes each new entry to the page's subscribers. Entries are keyed by log sequence number, so "everything after N" is
/// exact: nothing missed, nothing twice.
/// </summary>
public sealed class BroadcastHub
{
    private readonly ParleyStore _store;
    private readonly ServerOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<Subscriber>> _subscribers = new(StringComparer.Ordinal);

    private LiveBroadcast _broadcast = LiveBroadcast.Empty;
    private ParleyState _state = ParleyState.Empty;
    private bool _closed;

    public BroadcastHub(ParleyStore store, ServerOptions options)
    {
        _store = store;
        _options = options;
        CatchUp();
    }

    /// <summary>The log position the broadcast has read through.</summary>
    public long Through => Volatile.Read(ref _broadcast).Through;

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

    /// <summary>A page as it is now (an immutable snapshot), or null when there is no such page.</summary>
    public LivePage? Page(string live) => Volatile.Read(ref _broadcast).Page(live);

    public IReadOnlyList<LivePage> Pages() => [.. Volatile.Read(ref _broadcast).Pages.Values];

    /// <summary>The marker that tells a subscriber its page's figures changed (they are sent without an id).</summary>
    internal static readonly LiveEntry Figures = new(-2, "", default, false, null, null, null, null);

    /// <summary>Reads the events committed since the last call, publishes their entries, and tells the pages whose figures moved.</summary>
    public void CatchUp()
    {
        lock (_gate)
        {
            var state = _store.State;
            var broadcast = _broadcast;
            foreach (var stored in _store.Log.Read(broadcast.Through + 1))
            {
                // Only events that make entries are decoded, and only their public part: the person events that are most
                // of the log are skipped by name.
                if (!LiveProjection.MakesEntries(stored.Type))
                {
                    broadcast = broadcast.Passed(stored.Sequence);
                    Volatile.Write(ref _broadcast, broadcast);
                    continue;
                }
                var logged = new LoggedEvent(stored.Sequence, Instant.FromUnixTimeMilliseconds(stored.RecordedAtUnixMs), stored.DecodePublic());
                var update = LiveProjection.Apply(broadcast, logged, state);
                broadcast = update.Broadcast;
                // Published before the fan-out: a subscriber's frame for a correction looks up the corrected entry.
                Volatile.Write(ref _broadcast, broadcast);
                foreach (var publication in update.Published)
                {
                    FanOut(publication);
                }
            }
            foreach (var page in LiveProjection.FiguresMoved(_state, state))
            {
                if (_subscribers.TryGetValue(page, out var set))
                {
                    var frames = new FramesByLanguage(Figures);
                    foreach (var subscriber in set)
                    {
                        subscriber.OfferUnlessFull(frames.For(subscriber));
                    }
                }
            }
            _state = state;
        }
    }

    /// <summary>
    /// Subscribes to a page's new entries; <paramref name="backlog"/> is every entry after <paramref name="after"/>, taken
    /// under the same lock, so the backlog and the live queue neither overlap nor leave a gap. Null for an unknown page or
    /// while shutting down.
    /// </summary>
    public Subscriber? Subscribe(string live, long after, string language, Func<LiveEntry, byte[]> render, out IReadOnlyList<LiveEntry> backlog)
    {
        lock (_gate)
        {
            backlog = [];
            if (_closed || _broadcast.Page(live) is not { } page)
            {
                return null;
            }
            backlog = page.Entries.Where(i => i.Sequence > after).ToList();
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
        DisconnectAll();
    }

    /// <summary>Sends a keep-alive comment to every stream that has sent nothing since <paramref name="idleSince"/> (a busy stream needs none).</summary>
    internal void SendKeepAlive(long idleSince)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers.Values.SelectMany(s => s))
            {
                subscriber.OfferIfIdleSince(idleSince, SseFrames.KeepAlive);
            }
        }
    }

    /// <summary>Offers an entry's frame to every subscriber of its page, without waiting for any of them; cuts off the ones too slow.</summary>
    private void FanOut(LivePublication publication)
    {
        if (!_subscribers.TryGetValue(publication.Live, out var set))
        {
            return;
        }
        var frames = new FramesByLanguage(publication.Entry);
        List<Subscriber>? slow = null;
        foreach (var subscriber in set)
        {
            if (!subscriber.Offer(frames.For(subscriber)))
            {
                (slow ??= []).Add(subscriber);
            }
        }
        slow?.ForEach(s => set.Remove(s));
    }

    /// <summary>One entry's frame per language during one fan-out: looked up once per language, not once per subscriber.</summary>
    private sealed class FramesByLanguage(LiveEntry entry)
    {
        private readonly Dictionary<string, byte[]> _byLanguage = new(StringComparer.Ordinal);

        public byte[] For(Subscriber subscriber)
        {
            if (!_byLanguage.TryGetValue(subscriber.Language, out var frame))
            {
                _byLanguage[subscriber.Language] = frame = subscriber.Render(entry);
            }
            return frame;
        }
    }
}
