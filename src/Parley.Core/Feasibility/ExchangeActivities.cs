using NodaTime;
using Parley.Core.Events;
using Parley.Core.State;

namespace Parley.Core.Feasibility;

/// <summary>
/// The activity of every exchange of a log, each folded as the log is read (<see cref="ExchangeActivityFold"/>), days
/// counted in its venue's zone: what the server keeps up with as the log grows and the command line reads once, so
/// that neither holds the exchanges' events. Not thread-safe: one reader at a time.
/// </summary>
public sealed class ExchangeActivities
{
    private readonly Dictionary<string, ExchangeActivityFold> _folds = new(StringComparer.Ordinal);

    /// <summary>The activities of <paramref name="events"/>, a log read whole, with <paramref name="state"/> its fold.</summary>
    public static ExchangeActivities Of(IEnumerable<DomainEvent> events, ParleyState state)
    {
        Preconditions.CheckNotNull(events);
        var activities = new ExchangeActivities();
        foreach (var e in events)
        {
            activities.Read(e, state);
        }
        return activities;
    }

    /// <summary>
    /// Reads the log's next event (one about no exchange is passed over). <paramref name="state"/> is the state with
    /// the event applied, or a later one: an exchange's first event takes its venue's zone from it.
    /// </summary>
    public void Read(DomainEvent e, ParleyState state)
    {
        Preconditions.CheckNotNull(e);
        Preconditions.CheckNotNull(state);
        if (e is not IExchangeEvent x)
        {
            return;
        }
        if (!_folds.TryGetValue(x.Exchange, out var fold))
        {
            var zone = state.Exchanges.TryGetValue(x.Exchange, out var exchange) ? FeasibilityAnalysis.ZoneOf(state, exchange) : DateTimeZone.Utc;
            _folds[x.Exchange] = fold = new ExchangeActivityFold(x.Exchange, zone);
        }
        fold.Read(e);
    }

    /// <summary>How many of <paramref name="exchange"/>'s events have been read: a report on it is due again when this moves.</summary>
    public int EventsRead(string exchange) => _folds.GetValueOrDefault(exchange)?.EventsRead ?? 0;

    /// <summary>
    /// <paramref name="exchange"/>'s activity, days counted in <paramref name="zone"/>, which must be its venue's: a
    /// round's zone is set when it is scheduled and never changes, nor does the round an exchange's agreement was made
    /// at, so the days were counted in it from the first event on.
    /// </summary>
    public ExchangeActivity In(string exchange, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(exchange);
        Preconditions.CheckNotNull(zone);
        if (!_folds.TryGetValue(exchange, out var fold))
        {
            return new ExchangeActivityFold(exchange, zone).Activity();
        }
        Preconditions.CheckArgument(fold.Zone.Id == zone.Id, nameof(zone),
            $"exchange {exchange}'s days were counted in {fold.Zone.Id}, its venue's zone, not in {zone.Id}.");
        return fold.Activity();
    }
}
