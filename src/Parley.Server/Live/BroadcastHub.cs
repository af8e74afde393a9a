using System.Threading.Channels;
using NodaTime;
using Parley.Core.Broadcast.Live;
using Parley.Core.State;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Server.Live;

/// <summary>
/// The live broadcast's subscribers and streams: reads the log (once in full, then after every accepted command) into
/// the live projection (<see cref="LiveProjection"/>, in Core, which decides what becomes an entry of which page), and
/// hands each new entry to the dispatcher, which writes it to the page's subscribers off the command's request: a command
/// is acknowledged once it is durable and projected, however many readers there are and however slow they are. Entries
/// are keyed by log sequence number, so "everything after N" is exact: nothing missed, nothing twice.
/// </summary>
public sealed class BroadcastHub
{
    private readonly ParleyStore _store;
    private readonly ServerOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<Subscriber>> _subscribers = new(StringComparer.Ordinal);
    private readonly Channel<Dispatch> _dispatches = Channel.CreateUnbounded<Dispatch>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _dispatcher;

    /// <summary>Pages whose figures moved and whose figures frame is due (waiting out the window, or queued): under the lock.</summary>
    private readonly HashSet<string> _figuresDue = new(StringComparer.Ordinal);

    private LiveBroadcast _broadcast = LiveBroadcast.Empty;
    private ParleyState _state = ParleyState.Empty;
    private bool _closed;

    public BroadcastHub(ParleyStore store, ServerOptions options)
    {
        _store = store;
        _options = options;
        CatchUp();
        _dispatcher = Task.Run(DispatchAsync);
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

    /// <summary>
    /// Reads the events committed since the last call into the projection, and queues their entries, and the pages whose
    /// figures moved, for the dispatcher. Returns without waiting for any subscriber.
    /// </summary>
    public void CatchUp()
    {
        lock (_gate)
        {
            var state = _store.State;
            var broadcast = _broadcast;
            // Only events that make entries are read (the database skips the person events that are most of the log), and
            // only their public part is decoded.
            foreach (var stored in _store.Log.ReadOfTypes(broadcast.Through + 1, LiveProjection.EntryTypes))
            {
                // The state quotes names and numbers into the entries: an event it does not hold yet (another node's, or
                // a batch between its commit and its state) is read on the next catch-up, once it does.
                if (stored.Sequence > state.Version)
                {
                    break;
                }
                var logged = new LoggedEvent(stored.Sequence, Instant.FromUnixTimeMilliseconds(stored.RecordedAtUnixMs), stored.DecodePublic());
                var update = LiveProjection.Apply(broadcast, logged, state);
                broadcast = update.Broadcast;
                // Published before the fan-out: a subscriber's frame for a correction looks up the corrected entry.
                Volatile.Write(ref _broadcast, broadcast);
                foreach (var publication in update.Published)
                {
                    _dispatches.Writer.TryWrite(new Dispatch(publication.Live, publication.Entry));
                }
            }
            if (state.Version > broadcast.Through)
            {
                broadcast = broadcast.Passed(state.Version);
                Volatile.Write(ref _broadcast, broadcast);
            }
            foreach (var page in LiveProjection.FiguresMoved(_state, state))
            {
                if (_figuresDue.Add(page))
                {
                    SendFiguresAfterWindow(page);
                }
            }
            _state = state;
        }
    }

    /// <summary>
    /// Figures are coalesced per page: the first move starts a window (<see cref="ServerOptions.FiguresWindow"/>), moves
    /// within it ride along, and at its end one figures frame, rendered from the state as it is then, goes to every reader
    /// of the page. Every officer's command moves figures, and each frame goes to every reader, so without the window a
    /// busy desk would multiply the fan-out. The latest figures always arrive: the page stops being due before its frame
    /// is rendered (<see cref="DispatchAsync"/>), so any later move starts a new window.
    /// </summary>
    private void SendFiguresAfterWindow(string page)
    {
        if (_options.FiguresWindow <= TimeSpan.Zero)
        {
            _dispatches.Writer.TryWrite(new Dispatch(page, Figures));
            return;
        }
        _ = Task.Delay(_options.FiguresWindow, _options.Clock)
            .ContinueWith(_ => _dispatches.Writer.TryWrite(new Dispatch(page, Figures)), TaskScheduler.Default);
    }

    /// <summary>
    /// Subscribes to a page's new entries; <paramref name="backlog"/> is every entry after <paramref name="after"/>, read
    /// from the page as it was under the same lock as the subscriber's position (<see cref="Subscriber.After"/>), so the
    /// backlog and the live entries neither overlap nor leave a gap. Null for an unknown page or while shutting down.
    /// </summary>
    public Subscriber? Subscribe(string live, long after, string language, Func<LiveEntry, byte[]> render, out IReadOnlyList<LiveEntry> backlog)
    {
        // Made before the lock is taken (every subscribe and every dispatch takes it), and placed under it.
        var subscriber = new Subscriber(live, language, render, _options.SubscriberBuffer);
        LivePage page;
        lock (_gate)
        {
            backlog = [];
            if (_closed || _broadcast.Page(live) is not { } current)
            {
                return null;
            }
            page = current;
            subscriber.After = _broadcast.Through;
            if (!_subscribers.TryGetValue(live, out var set))
            {
                _subscribers[live] = set = [];
            }
            set.Add(subscriber);
        }
        // Outside the lock, which every subscribe and every dispatch takes: the page is an immutable snapshot.
        backlog = page.After(after);
        return subscriber;
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
        foreach (var subscriber in Everyone())
        {
            subscriber.End();
        }
        lock (_gate)
        {
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
        _dispatches.Writer.TryComplete();
        DisconnectAll();
    }

    /// <summary>Has the dispatcher send a keep-alive comment to every stream that has sent nothing since <paramref name="idleSince"/>.</summary>
    internal void SendKeepAlive(long idleSince) => _dispatches.Writer.TryWrite(new Dispatch(null, null, idleSince));

    /// <summary>Cuts off every reader whose flush has been pending since before <paramref name="since"/>; returns how many.</summary>
    internal int CutOffStalled(long since)
    {
        var cut = 0;
        foreach (var subscriber in Everyone())
        {
            if (subscriber.CutOffIfStalledSince(since))
            {
                Unsubscribe(subscriber);
                cut++;
            }
        }
        return cut;
    }

    /// <summary>Completes when the dispatcher has stopped (after <see cref="Close"/>).</summary>
    internal Task Dispatcher => _dispatcher;

    /// <summary>
    /// The fan-out, one dispatch at a time in log order: each entry's frame offered to every subscriber of its page without
    /// waiting for any of them (a slow one queues or is cut off), figures, and keep-alives.
    /// </summary>
    private async Task DispatchAsync()
    {
        var reader = _dispatches.Reader;
        var targets = new List<Subscriber>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var dispatch))
            {
                targets.Clear();
                lock (_gate)
                {
                    if (ReferenceEquals(dispatch.Entry, Figures))
                    {
                        // Before the frame is rendered: a move from now on is sent in a frame of its own.
                        _figuresDue.Remove(dispatch.Live!);
                    }
                    if (dispatch.Live is null)
                    {
                        targets.AddRange(_subscribers.Values.SelectMany(s => s));
                    }
                    else if (_subscribers.TryGetValue(dispatch.Live, out var set))
                    {
                        targets.AddRange(set);
                    }
                }
                if (dispatch.Entry is null)
                {
                    foreach (var subscriber in targets)
                    {
                        subscriber.OfferIfIdleSince(dispatch.IdleSince, SseFrames.KeepAlive);
                    }
                }
                else
                {
                    FanOut(dispatch.Entry, targets);
                }
            }
        }
    }

    private void FanOut(LiveEntry entry, List<Subscriber> targets)
    {
        var frames = new FramesByLanguage(entry);
        var figures = ReferenceEquals(entry, Figures);
        foreach (var subscriber in targets)
        {
            if (figures)
            {
                subscriber.OfferUnlessFull(frames.For(subscriber));
            }
            else if (entry.Sequence > subscriber.After && !subscriber.Offer(frames.For(subscriber)))
            {
                Unsubscribe(subscriber);
            }
        }
    }

    private List<Subscriber> Everyone()
    {
        lock (_gate)
        {
            return [.. _subscribers.Values.SelectMany(s => s)];
        }
    }

    /// <summary>Work for the dispatcher: an entry (or the figures marker) for a page, or keep-alives for all (no page).</summary>
    private sealed record Dispatch(string? Live, LiveEntry? Entry, long IdleSince = 0);

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
