using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Exchanges;
using Parley.Core.Formulas;
using Parley.Core.State;

namespace Parley.Core.Feasibility;

/// <summary>
/// The exchanges opened from a round's agreements, all between the same two parties: side A is the first exchange's
/// side A, and an exchange that names the two parties the other way round is counted with its sides swapped. Days are
/// the round's venue's. Immutable.
/// </summary>
public sealed record RoundExchanges(string Round, string SideA, string SideB, DateTimeZone Zone, ImmutableArray<(Exchange Exchange, bool Swapped)> Exchanges)
{
    /// <exception cref="UnknownRoundException">The state holds no round <paramref name="roundId"/>.</exception>
    /// <exception cref="RoundWithoutExchangeException">No exchange has been opened from the round's agreements.</exception>
    /// <exception cref="RoundPartiesDifferException">The round's exchanges are not all between the same two parties.</exception>
    public static RoundExchanges Of(ParleyState state, string roundId)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(roundId);
        if (!state.Rounds.TryGetValue(roundId, out var round))
        {
            throw new UnknownRoundException(roundId, state.Rounds.Keys);
        }
        var exchanges = state.Exchanges.Values
            .Where(x => state.Agreements.TryGetValue(x.AgreementId, out var agreement) && agreement.RoundId == roundId)
            .ToList();
        if (exchanges.Count == 0)
        {
            throw new RoundWithoutExchangeException(roundId, state.Agreements.Values.Count(a => a.RoundId == roundId));
        }
        var (sideA, sideB) = (exchanges[0].SideA, exchanges[0].SideB);
        if (exchanges.Any(x => !(x.SideA == sideA && x.SideB == sideB || x.SideA == sideB && x.SideB == sideA)))
        {
            throw new RoundPartiesDifferException(roundId, [.. exchanges.Select(x => (x.Id, x.SideA, x.SideB))]);
        }
        return new RoundExchanges(roundId, sideA, sideB, round.Zone, [.. exchanges.Select(x => (x, x.SideA != sideA))]);
    }

    /// <summary>Every exchange's lists attributed to <paramref name="formula"/>'s terms by category, facing the same way, added up.</summary>
    public ListCounts CountsFor(ExchangeFormula formula)
    {
        Preconditions.CheckNotNull(formula);
        return ListCounts.Sum([.. Exchanges.Select(x => ListCounts.Of(x.Exchange, formula) is var own && x.Swapped ? own.WithSidesSwapped() : own)]);
    }
}
