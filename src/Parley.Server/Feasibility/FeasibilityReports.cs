using Parley.Core.Events;
using Parley.Core.Feasibility;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Server.Feasibility;

/// <summary>
/// The public feasibility of each exchange under its agreed formula (docs/feasibility.md): what the live page, the JSON
/// feed's <c>_parley</c> extension and <c>/api/exchanges/{id}/feasibility</c> show. Reads the log's new events as the log
/// grows (their public parts only: statuses, terms, stages and dates are all it needs) and keeps each exchange's; a
/// report is made again only when the log has moved. Counts, dates and sentences about counts: never a person.
/// </summary>
public sealed class FeasibilityReports(ParleyStore store)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<DomainEvent>> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Through, FeasibilityReport Report)> _reports = new(StringComparer.Ordinal);
    private long _readThrough;

    /// <summary>The report on an exchange as the log stands now, or null when there is no such exchange.</summary>
    public FeasibilityReport? Of(string exchange)
    {
        lock (_gate)
        {
            var state = store.State;
            if (!state.Exchanges.ContainsKey(exchange))
            {
                return null;
            }
            CatchUp();
            if (_reports.TryGetValue(exchange, out var cached) && cached.Through == _readThrough)
            {
                return cached.Report;
            }
            var report = FeasibilityAnalysis.Analyse(state, exchange, _events.GetValueOrDefault(exchange) ?? [], new FeasibilityQuestion());
            _reports[exchange] = (_readThrough, report);
            return report;
        }
    }

    private void CatchUp()
    {
        foreach (var stored in store.Log.Read(_readThrough + 1))
        {
            if (stored.DecodePublic() is IExchangeEvent x and DomainEvent e)
            {
                if (!_events.TryGetValue(x.Exchange, out var events))
                {
                    _events[x.Exchange] = events = [];
                }
                events.Add(e);
            }
            _readThrough = stored.Sequence;
        }
    }
}
