using Parley.Core.Events;
using Parley.Core.State;

namespace Parley.Core.Feasibility;

public static partial class FeasibilityAnalysis
{
    /// <summary>
    /// Answers a what-if about a round before anything is agreed from it: the lists of every exchange opened from the
    /// round's agreements, attributed anew to the formula's terms and added up, and their activity (the verifier's pace,
    /// the stages held) taken together (<see cref="ExchangeActivity.Merge"/>). Asked only for the largest N of a
    /// template, the formula reported is that largest N on the lists (N = 1 when none can be carried).
    /// </summary>
    /// <exception cref="UnknownRoundException">The state holds no round <paramref name="roundId"/>.</exception>
    /// <exception cref="RoundWithoutExchangeException">No exchange has been opened from the round's agreements.</exception>
    /// <exception cref="RoundPartiesDifferException">The round's exchanges are not all between the same two parties.</exception>
    /// <exception cref="ErasedListsException">A formula or template naming categories, and one of the round's exchanges' lists were erased.</exception>
    public static FeasibilityReport AnalyseRound(ParleyState state, string roundId, IEnumerable<DomainEvent> events, FeasibilityQuestion question)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(events);
        return AnalyseRound(state, roundId, ExchangeActivities.Of(events, state), question);
    }

    /// <summary>
    /// The same, from the exchanges' activities as a reader that keeps up with the log has folded them
    /// (<see cref="ExchangeActivities"/>), with <paramref name="state"/> the fold of the same events.
    /// </summary>
    /// <exception cref="UnknownRoundException">The state holds no round <paramref name="roundId"/>.</exception>
    /// <exception cref="RoundWithoutExchangeException">No exchange has been opened from the round's agreements.</exception>
    /// <exception cref="RoundPartiesDifferException">The round's exchanges are not all between the same two parties.</exception>
    /// <exception cref="ErasedListsException">A formula or template naming categories, and one of the round's exchanges' lists were erased.</exception>
    public static FeasibilityReport AnalyseRound(ParleyState state, string roundId, ExchangeActivities activities, FeasibilityQuestion question)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(roundId);
        Preconditions.CheckNotNull(activities);
        Preconditions.CheckNotNull(question);
        Preconditions.CheckArgument(question.WhatIf is not null || question.Largest is not null, nameof(question),
            "a round has no agreed formula of its own: ask it a formula (a what-if) or the largest N of a template.");
        var round = RoundExchanges.Of(state, roundId);
        RefuseCategoriesOnErasedLists(round.Exchanges.Select(x => x.Exchange), question);
        var activity = ExchangeActivity.Merge(roundId, [.. round.Exchanges.Select(x =>
        {
            var own = activities.In(x.Exchange.Id, round.Zone);
            return x.Swapped ? own.WithSidesSwapped() : own;
        })]);
        var lists = new Lists(null, roundId, [.. round.Exchanges.Select(x => x.Exchange.Id)], round.SideA, round.SideB, null, round.Zone, round.CountsFor);
        var largest = question.Largest is { } template ? FindLargest(lists, template, activity, question) : null;
        var formula = question.WhatIf ?? question.Largest!.With(largest!.OnLists ?? 1);
        return Answer(lists, formula, round.CountsFor(formula), activity, question, largest);
    }
}
