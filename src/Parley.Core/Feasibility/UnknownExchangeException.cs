using System.Collections.Immutable;
using Parley.Core.Rules;

namespace Parley.Core.Feasibility;

/// <summary>An exchange id the record does not hold; carries the id and the ids it does hold.</summary>
public sealed class UnknownExchangeException(string exchange, IEnumerable<string> known) : ParleyException(Describe(exchange, [.. known]))
{
    public string Exchange { get; } = exchange;

    public ImmutableArray<string> Known { get; } = [.. known];

    private static string Describe(string exchange, ImmutableArray<string> known) => known.IsEmpty
        ? $"no exchange '{exchange}' in this record, which holds no exchange yet"
        : $"no exchange '{exchange}' in this record; it holds {string.Join(", ", known)}";
}
