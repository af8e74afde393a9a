using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Events;

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
        var fold = new ExchangeActivityFold(exchange, zone);
        foreach (var e in events)
        {
            fold.Read(e);
        }
        return fold.Activity();
    }

    /// <summary>The date <see cref="AsOf"/> falls on in the venue's zone, or null when nothing dated has happened yet.</summary>
    public LocalDate? AsOfDate(DateTimeZone zone) => AsOf?.InZone(zone).Date;
}
