using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Events;
using Parley.Core.Exchanges;

namespace Parley.Core.Feasibility;

/// <summary>
/// What an exchange's log says about pace, read from its events: the verifier's work day by day, the stages held and
/// planned, the last instant recorded, and progress by status at the end of each day. The fold
/// (<see cref="State.ParleyState"/>) keeps only where things stand; rates need when they happened, so they are read from
/// the events themselves. Pure; counts only. Immutable.
/// </summary>
public sealed partial record ExchangeActivity(
    string Exchange,
    Instant? AsOf,
    ImmutableArray<InterviewDay> Interviews,
    ImmutableArray<HeldStage> HeldStages,
    ImmutableArray<PlannedStage> OpenStages,
    ImmutableArray<ProgressDay> Progress,
    Instant? FulfilledAt)
{
    /// <summary>
    /// Reads the events of exchange <paramref name="exchange"/> (others are skipped), in log order. Days are counted in
    /// <paramref name="zone"/>, the venue's. Events without a time of their own (listings, plans) count on the day of
    /// the dated event before them.
    /// </summary>
    public static ExchangeActivity From(IEnumerable<DomainEvent> events, string exchange, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotBlank(exchange);
        Preconditions.CheckNotNull(zone);
        var reader = new Reader(zone);
        foreach (var e in events)
        {
            if (e is IExchangeEvent x && x.Exchange == exchange)
            {
                reader.Read(e);
            }
        }
        return reader.Finish(exchange);
    }

    /// <summary>The date <see cref="AsOf"/> falls on in the venue's zone, or null when nothing dated has happened yet.</summary>
    public LocalDate? AsOfDate(DateTimeZone zone) => AsOf?.InZone(zone).Date;

    private sealed class Reader(DateTimeZone zone)
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

        public void Read(DomainEvent e)
        {
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

        public ExchangeActivity Finish(string exchange)
        {
            Snapshot();
            return new ExchangeActivity(
                exchange,
                _asOf,
                [.. _interviews.Select(kv => new InterviewDay(kv.Key.Date, kv.Key.Side, kv.Value.Confirmed, kv.Value.Declined))],
                [.. _held.OrderBy(s => s.Date).ThenBy(s => s.ClosedAt)],
                [.. _planned.Values.OrderBy(p => p.Date).ThenBy(p => p.Number).Select(p => new PlannedStage(p.Stage, p.Date, p.PlannedA, p.PlannedB))],
                [.. _progress],
                _fulfilledAt);
        }

        private void Moved(PersonMoved moved, Side side, PersonStatus from)
        {
            // An interview outcome: the verifier reached someone not yet verified. A decline after verification still
            // counts as a decline (it takes a person out as surely), but not as another interview.
            var interviewed = from is PersonStatus.Offered or PersonStatus.Matched;
            if (moved.To == PersonStatus.Verified && interviewed || moved.To == PersonStatus.Declined)
            {
                var key = (moved.At.InZone(zone).Date, side);
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
            var date = at.InZone(zone).Date;
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
}
