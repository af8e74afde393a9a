using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Events;
using Parley.Core.Exchanges;

namespace Parley.Core.Feasibility;

/// <summary>
/// One exchange's <see cref="ExchangeActivity"/>, folded event by event in log order: a reader that keeps up with a
/// growing log reads each event once and holds counts and the open stages, not the events, however long the log (a
/// million events of an exchange of 200,000 people are a few dictionaries of its people's statuses). Days are counted
/// in <see cref="Zone"/>, the venue's. Events without a time of their own (listings, plans) count on the day of the
/// dated event before them. Not thread-safe: one reader at a time.
/// </summary>
public sealed class ExchangeActivityFold
{
    private readonly Dictionary<string, (Side Side, PersonStatus Status)> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Side Side, RequestStatus Status)> _requests = new(StringComparer.Ordinal);
    private readonly SortedDictionary<(LocalDate Date, Side Side), (int Confirmed, int Declined)> _interviews = [];
    private readonly Dictionary<string, StagePlanned> _planned = new(StringComparer.Ordinal);
    private readonly List<HeldStage> _held = [];
    private readonly List<ProgressDay> _progress = [];
    private readonly StatusCounts[] _now = new StatusCounts[2];
    private Instant? _asOf;
    private Instant? _fulfilledAt;
    private LocalDate? _today;

    public ExchangeActivityFold(string exchange, DateTimeZone zone)
    {
        Preconditions.CheckNotBlank(exchange);
        Preconditions.CheckNotNull(zone);
        Exchange = exchange;
        Zone = zone;
    }

    /// <summary>The exchange whose events are read; the events of others are passed over.</summary>
    public string Exchange { get; }

    /// <summary>The zone days are counted in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>How many of the exchange's events have been read.</summary>
    public int EventsRead { get; private set; }

    /// <summary>Reads the next event of the log; an event about another exchange, or about none, is passed over.</summary>
    public void Read(DomainEvent e)
    {
        Preconditions.CheckNotNull(e);
        if (e is not IExchangeEvent x || x.Exchange != Exchange)
        {
            return;
        }
        EventsRead++;
        if (At(e) is { } at)
        {
            Dated(at);
        }
        switch (e)
        {
            case PersonListed listed:
                _people[listed.Person] = (listed.Side, PersonStatus.Offered);
                Count(listed.Side, PersonStatus.Offered, +1);
                break;
            case PersonMoved moved when _people.TryGetValue(moved.Person, out var person):
                Moved(moved, person.Side, person.Status);
                break;
            case RequestListed listed:
                _requests[listed.Request] = (listed.Side, RequestStatus.Requested);
                _now[(int)listed.Side] = _now[(int)listed.Side].Add(RequestStatus.Requested);
                break;
            case RequestMoved moved when _requests.TryGetValue(moved.Request, out var request):
                _requests[moved.Request] = (request.Side, moved.To);
                _now[(int)request.Side] = _now[(int)request.Side].Add(request.Status, -1).Add(moved.To);
                break;
            case StagePlanned planned:
                _planned[planned.Stage] = planned;
                break;
            case StageClosed closed when _planned.Remove(closed.Stage, out var plan):
                _held.Add(new HeldStage(closed.Stage, plan.Date, closed.At, closed.ReleasedA, closed.ReleasedB));
                break;
            case StageCancelled cancelled:
                _planned.Remove(cancelled.Stage);
                break;
            case ExchangeFulfilled fulfilled:
                _fulfilledAt = fulfilled.At;
                break;
        }
    }

    /// <summary>
    /// The activity as the events read so far have it, the day under way counted as it stands; reading more afterwards
    /// goes on from where it was.
    /// </summary>
    public ExchangeActivity Activity()
    {
        var progress = _today is { } today ? [.. _progress, new ProgressDay(today, _now[0], _now[1])] : _progress.ToImmutableArray();
        return new ExchangeActivity(
            Exchange,
            _asOf,
            [.. _interviews.Select(kv => new InterviewDay(kv.Key.Date, kv.Key.Side, kv.Value.Confirmed, kv.Value.Declined))],
            [.. _held.OrderBy(s => s.Date).ThenBy(s => s.ClosedAt)],
            [.. _planned.Values.OrderBy(p => p.Date).ThenBy(p => p.Number).Select(p => new PlannedStage(p.Stage, p.Date, p.PlannedA, p.PlannedB))],
            progress,
            _fulfilledAt);
    }

    private void Moved(PersonMoved moved, Side side, PersonStatus from)
    {
        // An interview outcome: the verifier reached someone not yet verified. A decline after verification still
        // counts as a decline (it takes a person out as surely), but not as another interview.
        var interviewed = from is PersonStatus.Offered or PersonStatus.Matched;
        if (moved.To == PersonStatus.Verified && interviewed || moved.To == PersonStatus.Declined)
        {
            var key = (moved.At.InZone(Zone).Date, side);
            var (confirmed, declined) = _interviews.GetValueOrDefault(key);
            _interviews[key] = moved.To == PersonStatus.Verified ? (confirmed + 1, declined) : (confirmed, declined + 1);
        }
        _people[moved.Person] = (side, moved.To);
        Count(side, from, -1);
        Count(side, moved.To, +1);
    }

    private void Count(Side side, PersonStatus status, int delta) => _now[(int)side] = _now[(int)side].Add(status, delta);

    private void Dated(Instant at)
    {
        if (_asOf is null || at > _asOf)
        {
            _asOf = at;
        }
        var date = at.InZone(Zone).Date;
        // A record written after the fact can carry an earlier time; progress only moves forward, so it counts today.
        if (_today is { } today && date > today)
        {
            Snapshot();
        }
        if (_today is null || date > _today)
        {
            _today = date;
        }
    }

    private void Snapshot()
    {
        if (_today is { } today)
        {
            _progress.Add(new ProgressDay(today, _now[0], _now[1]));
        }
    }

    private static Instant? At(DomainEvent e) => e switch
    {
        PersonMoved m => m.At,
        InterviewRecorded i => i.At,
        StageClosed c => c.At,
        StageCancelled c => c.At,
        ExchangeFulfilled f => f.At,
        RequestMoved r => r.At,
        Events.MatchDecided d => d.At,
        MatchConfirmed c => c.At,
        _ => null,
    };
}
