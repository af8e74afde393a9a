using System.Collections.Immutable;
using Parley.Core.Rules;

namespace Parley.Core.Feasibility;

/// <summary>
/// A round whose exchanges are not all between the same two parties: their lists cannot be added up side by side.
/// Carries each exchange with its parties.
/// </summary>
public sealed class RoundPartiesDifferException(string round, ImmutableArray<(string Exchange, string SideA, string SideB)> exchanges)
    : ParleyException(Describe(round, exchanges))
{
    public string Round { get; } = round;

    public ImmutableArray<(string Exchange, string SideA, string SideB)> Exchanges { get; } = exchanges;

    private static string Describe(string round, ImmutableArray<(string Exchange, string SideA, string SideB)> exchanges) =>
        $"round '{round}' cannot be asked as one: its exchanges are not all between the same two parties ({string.Join("; ", exchanges.Select(x => $"{x.Exchange}: {x.SideA} and {x.SideB}"))}); ask each exchange on its own";
}
