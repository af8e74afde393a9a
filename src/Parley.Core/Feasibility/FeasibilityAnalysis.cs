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
public static partial class FeasibilityAnalysis
{
    /// <exception cref="UnknownExchangeException">The state holds no exchange <paramref name="exchangeId"/>.</exception>
    /// <exception cref="ErasedListsException">A formula or template naming categories asked of erased lists.</exception>
    public static FeasibilityReport Analyse(ParleyState state, string exchangeId, IEnumerable<DomainEvent> events, FeasibilityQuestion question)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(exchangeId);
        Preconditions.CheckNotNull(events);
        return Analyse(state, exchangeId, ExchangeActivities.Of(events, state), question);
    }

    /// <summary>
    /// The same, from the exchanges' activities as a reader that keeps up with the log has folded them
    /// (<see cref="ExchangeActivities"/>), with <paramref name="state"/> the fold of the same events.
    /// </summary>
    /// <exception cref="UnknownExchangeException">The state holds no exchange <paramref name="exchangeId"/>.</exception>
    /// <exception cref="ErasedListsException">A formula or template naming categories asked of erased lists.</exception>
    public static FeasibilityReport Analyse(ParleyState state, string exchangeId, ExchangeActivities activities, FeasibilityQuestion question)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(exchangeId);
        Preconditions.CheckNotNull(activities);
        Preconditions.CheckNotNull(question);
        if (!state.Exchanges.TryGetValue(exchangeId, out var exchange))
        {
            throw new UnknownExchangeException(exchangeId, state.Exchanges.Keys);
        }
        RefuseCategoriesOnErasedLists([exchange], question);
        var zone = ZoneOf(state, exchange);
        var formula = question.WhatIf ?? exchange.Formula;
        var counts = question.WhatIf is null ? ListCounts.Of(exchange) : ListCounts.Of(exchange, formula);
        var activity = activities.In(exchangeId, zone);
        var lists = new Lists(exchange.Id, null, [exchange.Id], exchange.SideA, exchange.SideB, exchange.Formula.ToString(), zone, f => ListCounts.Of(exchange, f));
        var largest = question.Largest is { } template ? FindLargest(lists, template, activity, question) : null;
        return Answer(lists, formula, counts, activity, question, largest);
    }

    /// <summary>The lists asked about: one exchange's, or a round's exchanges' together; and how to attribute them to a formula's terms.</summary>
    private sealed record Lists(
        string? Exchange, string? Round, ImmutableArray<string> Exchanges, string SideA, string SideB, string? AgreedFormula, DateTimeZone Zone,
        Func<ExchangeFormula, ListCounts> CountsFor);

    private static LargestFormula FindLargest(Lists lists, FormulaTemplate template, ExchangeActivity activity, FeasibilityQuestion question) =>
        LargestFormulaSearch.Find(template, lists.CountsFor(template.With(1)), lists.SideA, lists.SideB, activity, question.Forecast, lists.Zone, question.WhatIf is not null || lists.Round is not null);

    private static FeasibilityReport Answer(Lists lists, ExchangeFormula formula, ListCounts counts, ExchangeActivity activity, FeasibilityQuestion question, LargestFormula? largest)
    {
        // A round has no agreed formula of its own: whatever is asked of it is a what-if.
        var whatIf = question.WhatIf is not null || lists.Round is not null;
        var verdicts = Enum.GetValues<Readiness>().Select(r => FeasibilityCheck.Evaluate(formula, counts, r)).ToList();
        var onLists = verdicts.Single(v => v.Readiness == Readiness.Offered);
        var forecast = ForecastModel.Make(new ForecastQuestion(formula, counts, onLists, activity, question.Forecast, lists.Zone, lists.SideA, lists.SideB, whatIf));
        return new FeasibilityReport(
            lists.Exchange, lists.SideA, lists.SideB, formula.ToString(), whatIf, lists.AgreedFormula,
            Terms(formula, counts), Floor(formula, counts),
            [.. verdicts.Select(v => Level(v, formula, lists.SideA, lists.SideB, counts))],
            counts.Unattributed(Side.A).Available(Readiness.Offered), counts.Unattributed(Side.B).Available(Readiness.Offered),
            forecast, activity.Progress, largest)
        {
            Round = lists.Round,
            Exchanges = lists.Exchanges,
        };
    }

    /// <summary>
    /// Refuses a formula or template that names categories when any of the lists it would sort by category were erased:
    /// with no one's categories known, everyone would fall under the term without categories (or none), a made-up answer.
    /// A formula without categories counts everyone under its one term, which the public counts still say.
    /// </summary>
    private static void RefuseCategoriesOnErasedLists(IEnumerable<Exchange> exchanges, FeasibilityQuestion question)
    {
        var asked = question.WhatIf is { } whatIf && NamesCategories(whatIf) ? whatIf.ToString()
            : question.Largest is { } template && NamesCategories(template.With(1)) ? template.Text
            : null;
        if (asked is not null && exchanges.FirstOrDefault(x => x.Erasure is not null) is { Erasure: { } erasure } erased)
        {
            throw new ErasedListsException(erased.Id, erasure.At, asked);
        }
    }

    private static bool NamesCategories(ExchangeFormula formula) => formula.Terms.Any(t => !t.IsCatchAll);

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

    private static LevelVerdict Level(FeasibilityVerdict verdict, ExchangeFormula formula, string sideA, string sideB, ListCounts counts)
    {
        string Say(Constraint c) => ConstraintSentence.Of(c, verdict.Readiness, formula, sideA, sideB, counts);
        return new LevelVerdict(verdict.Readiness, verdict.Feasible, verdict.Binding is { } binding ? Say(binding) : null,
            [.. verdict.Constraints.Select(c => new ConstraintLine(c.Kind, c.Term, c.Side, c.Have, c.Need, c.Met, Say(c)))]);
    }
}
