using Parley.Core.Rules;

namespace Parley.Core.Feasibility;

/// <summary>A round asked about whose agreements have opened no exchange yet: there are no lists to count.</summary>
public sealed class RoundWithoutExchangeException(string round, int agreements) : ParleyException(Describe(round, agreements))
{
    public string Round { get; } = round;

    /// <summary>How many agreements the round reached (none of which has opened an exchange).</summary>
    public int Agreements { get; } = agreements;

    private static string Describe(string round, int agreements) =>
        $"round '{round}' has no exchange yet ({(agreements == 0 ? "no agreement" : agreements == 1 ? "one agreement, no exchange opened from it" : $"{agreements} agreements, no exchange opened from them")}), so there are no lists to count; open one with open-exchange, or ask an exchange";
}
