using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Formulas;
using Parley.Core.State;

namespace Parley.Core.Feasibility;

/// <summary>
/// Answers a <see cref="FeasibilityQuestion"/> about one exchange from the state and the exchange's events: the
/// verdict at each level with its binding constraint, the forecast, progress over time, and the largest N when asked.
/// Pure: the caller reads the log.
/// </summary>
public static class FeasibilityAnalysis
{
    /// <exception cref="UnknownExchangeException">The state holds no exchange <paramref name="exchangeId"/>.</exception>
    public static FeasibilityReport Analyse(ParleyState state, string exchangeId, IEnumerable<DomainEvent> events, FeasibilityQuestion question)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(exchangeId);
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(question);
        if (!state.Exchanges.TryGetValue(exchangeId, out var exchange))
        {
            throw new UnknownExchangeException(exchangeId, state.Exchanges.Keys);
        }
        var zone = ZoneOf(state, exchange);
        var formula = question.WhatIf ?? exchange.Formula;
        var counts = question.WhatIf is null ? ListCounts.Of(exchange) : ListCounts.Of(exchange, formula);
        var activity = ExchangeActivity.From(events, exchangeId, zone);
        var verdicts = Enum.GetValues<Readiness>().Select(r => FeasibilityCheck.Evaluate(formula, counts, r)).ToList();
        var onLists = verdicts.Single(v => v.Readiness == Readiness.Offered);
        var forecast = ForecastModel.Make(new ForecastQuestion(formula, counts, onLists, activity, question.Forecast, zone,
            exchange.SideA, exchange.SideB, question.WhatIf is not null));
        var largest = question.Largest is { } template
            ? LargestFormulaSearch.Find(template, exchange, activity, question.Forecast, zone, question.WhatIf is not null)
            : null;
        return new FeasibilityReport(
            exchange.Id, exchange.SideA, exchange.SideB, formula.ToString(), question.WhatIf is not null, exchange.Formula.ToString(),
            Terms(formula, counts), Floor(formula, counts),
            [.. verdicts.Select(v => Level(v, formula, exchange, counts))],
            counts.Unattributed(Side.A).Available(Readiness.Offered), counts.Unattributed(Side.B).Available(Readiness.Offered),
            forecast, activity.Progress, largest);
    }

    /// <summary>The venue's zone of the round that reached the exchange's agreement: the days of the forecast are its days.</summary>
    public static DateTimeZone ZoneOf(ParleyState state, Exchange exchange) =>
        state.Agreements.TryGetValue(exchange.AgreementId, out var agreement) && state.Rounds.TryGetValue(agreement.RoundId, out var round)
            ? round.Zone
            : DateTimeZone.Utc;

    private static ImmutableArray<TermFeasibility> Terms(ExchangeFormula formula, ListCounts counts)
    {
        var terms = ImmutableArray.CreateBuilder<TermFeasibility>(formula.Terms.Length);
        for (var term = 0; term < formula.Terms.Length; term++)
        {
            var formulaTerm = formula.Terms[term];
            TermSide SideOf(Side side)
            {
                var quantity = side == Side.A ? formulaTerm.SideA : formulaTerm.SideB;
                var held = counts[term, side];
                return new TermSide(quantity.ToString(),
                    quantity switch
                    {
                        Quantity.Exactly e => e.Count,
                        Quantity.AtLeast a => a.Count,
                        _ => null,
                    },
                    held,
                    quantity is Quantity.All ? held.Available(Readiness.Offered) : null,
                    held.Available(Readiness.Verified));
            }
            terms.Add(new TermFeasibility(term + 1, formulaTerm.ToString(), formulaTerm.IsBalanced, SideOf(Side.A), SideOf(Side.B)));
        }
        return terms.MoveToImmutable();
    }

    private static FloorFeasibility? Floor(ExchangeFormula formula, ListCounts counts) => formula.TotalFloorEachSide is { } floor
        ? new FloorFeasibility(floor,
            FeasibilityCheck.MaxTotal(formula, counts, Readiness.Offered, Side.A), FeasibilityCheck.MaxTotal(formula, counts, Readiness.Offered, Side.B),
            FeasibilityCheck.MaxTotal(formula, counts, Readiness.Verified, Side.A), FeasibilityCheck.MaxTotal(formula, counts, Readiness.Verified, Side.B))
        : null;

    private static LevelVerdict Level(FeasibilityVerdict verdict, ExchangeFormula formula, Exchange exchange, ListCounts counts)
    {
        string Say(Constraint c) => ConstraintSentence.Of(c, verdict.Readiness, formula, exchange.SideA, exchange.SideB, counts);
        return new LevelVerdict(verdict.Readiness, verdict.Feasible, verdict.Binding is { } binding ? Say(binding) : null,
            [.. verdict.Constraints.Select(c => new ConstraintLine(c.Kind, c.Term, c.Side, c.Have, c.Need, c.Met, Say(c)))]);
    }
}
