using System.Collections.Immutable;
using Parley.Core.Rules;

namespace Parley.Core.Feasibility;

/// <summary>A round id the record does not hold; carries the id and the ids it does hold.</summary>
public sealed class UnknownRoundException(string round, IEnumerable<string> known) : ParleyException(Describe(round, [.. known]))
{
    public string Round { get; } = round;

    public ImmutableArray<string> Known { get; } = [.. known];

    private static string Describe(string round, ImmutableArray<string> known) => known.IsEmpty
        ? $"no round '{round}' in this record, which holds no round yet"
        : $"no round '{round}' in this record; it holds {string.Join(", ", known)}";
}
