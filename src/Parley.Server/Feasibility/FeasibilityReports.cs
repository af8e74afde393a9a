using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Feasibility;
using Parley.Core.Formulas;
using Parley.Core.State;
using Parley.Core.Wire;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Server.Feasibility;

/// <summary>
/// The public feasibility of each exchange under its agreed formula (docs/feasibility.md): what the live page, the JSON
/// feed's <c>_parley</c> extension and <c>/api/exchanges/{id}/feasibility</c> show. Reads the log's new exchange events
/// as the log grows (their public parts only: statuses, terms, stages and dates are all it needs) into each exchange's
/// activity (<see cref="ExchangeActivityFold"/>), each event once: it keeps counts, not the events, so a server on a
/// log of a million events neither holds them all nor reads them all again for a report. A report is made again only
/// when what it reads has changed — the exchange, its events, the rounds or the agreements — not for every press entry
/// or event of another exchange (counting the lists of an exchange of 200,000 people takes a third of a second). A round's what-if
/// (<see cref="OfRound"/>) is kept for the few formulas asked last, until the log moves. Counts, dates and sentences
/// about counts: never a person.
/// </summary>
public sealed class FeasibilityReports(ParleyStore store)
{
    private readonly Lock _gate = new();
    private readonly ExchangeActivities _activities = new();
    private readonly Dictionary<string, (ReportInputs Inputs, FeasibilityReport Report)> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Round, string Formula), FeasibilityReport> _roundReports = [];
    private long _roundsThrough = -1;
    private long _readThrough;

    /// <summary>How many round what-ifs are kept between two moves of the log: each costs a simulation to make.</summary>
    public const int RoundReportsKept = 32;

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
            CatchUp(state);
            // The state is immutable: an unchanged exchange, round or agreement is the same instance.
            var inputs = new ReportInputs(state.Exchanges[exchange], _activities.EventsRead(exchange), state.Rounds, state.Agreements);
            if (_reports.TryGetValue(exchange, out var cached) && cached.Inputs == inputs)
            {
                return cached.Report;
            }
            var report = FeasibilityAnalysis.Analyse(state, exchange, _activities, new FeasibilityQuestion());
            _reports[exchange] = (inputs, report);
            return report;
        }
    }

    /// <summary>
    /// A what-if on a round's exchanges together, as the log stands now. The formula must name no category: attributing
    /// people to terms by category would read their categories, which are personal data (<see cref="NamesCategories"/>).
    /// </summary>
    /// <exception cref="UnknownRoundException">There is no such round.</exception>
    /// <exception cref="RoundWithoutExchangeException">The round has opened no exchange.</exception>
    /// <exception cref="RoundPartiesDifferException">The round's exchanges are not all between the same two parties.</exception>
    public FeasibilityReport OfRound(string round, ExchangeFormula formula)
    {
        if (NamesCategories(formula))
        {
            throw new ArgumentException("a formula naming categories cannot be asked in public.", nameof(formula));
        }
        lock (_gate)
        {
            var state = store.State;
            // The round's refusals (no such round, no exchange, other parties) come before any reading of the log.
            _ = RoundExchanges.Of(state, round);
            CatchUp(state);
            if (_roundsThrough != _readThrough)
            {
                _roundReports.Clear();
                _roundsThrough = _readThrough;
            }
            var key = (round, formula.ToString());
            if (_roundReports.TryGetValue(key, out var cached))
            {
                return cached;
            }
            var report = FeasibilityAnalysis.AnalyseRound(state, round, _activities, new FeasibilityQuestion(formula));
            if (_roundReports.Count >= RoundReportsKept)
            {
                _roundReports.Clear();
            }
            _roundReports[key] = report;
            return report;
        }
    }

    /// <summary>Whether any term of the formula names categories: then who falls under it depends on each person's categories.</summary>
    public static bool NamesCategories(ExchangeFormula formula) => formula.Terms.Any(t => !t.IsCatchAll);

    /// <summary>What an exchange's report is made from; equal (by reference for the state's parts) means the same report.</summary>
    private sealed record ReportInputs(Exchange Exchange, int Events, object Rounds, object Agreements);

    /// <summary>The wire names of the events about one exchange: the only ones read.</summary>
    private static readonly string[] ExchangeEventTypes =
        [.. WireTypes.Events.Values.Where(t => typeof(IExchangeEvent).IsAssignableFrom(t.ClrType)).Select(t => t.Name)];

    /// <summary>
    /// Reads the exchange events up to the state's version into their exchanges' activities, days counted in each
    /// exchange's venue's zone as the state has it: the activities and the state analysed with them agree.
    /// </summary>
    private void CatchUp(ParleyState state)
    {
        foreach (var stored in store.Log.ReadOfTypes(_readThrough + 1, ExchangeEventTypes))
        {
            if (stored.Sequence > state.Version)
            {
                break;
            }
            _activities.Read(stored.DecodePublic(), state);
            _readThrough = stored.Sequence;
        }
        // Past the events of other types too: the mark is the state's, not the last exchange event's.
        _readThrough = Math.Max(_readThrough, state.Version);
    }
}
