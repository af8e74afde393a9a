using System.Collections.Immutable;

namespace Parley.Core.Exchanges;

/// <summary>Requests per direction (by holding side) and status, kept as they move. Immutable.</summary>
public sealed class RequestTally
{
    public static readonly RequestTally Empty = new(ImmutableDictionary<(Side, RequestStatus), int>.Empty);

    private readonly ImmutableDictionary<(Side Side, RequestStatus Status), int> _counts;

    private RequestTally(ImmutableDictionary<(Side, RequestStatus), int> counts) => _counts = counts;

    /// <summary>Every counter kept, zeros included.</summary>
    public IEnumerable<KeyValuePair<(Side Side, RequestStatus Status), int>> Entries => _counts;

    /// <summary>The tally holding exactly these counters (as <see cref="Entries"/> lists them): how a stored state is read back.</summary>
    public static RequestTally Of(IEnumerable<KeyValuePair<(Side Side, RequestStatus Status), int>> entries) => new(ImmutableDictionary.CreateRange(entries));

    public int this[Side side, RequestStatus status] => _counts.GetValueOrDefault((side, status));

    /// <summary>Every request of a direction, whatever its status.</summary>
    public int Total(Side side) => Enum.GetValues<RequestStatus>().Sum(status => this[side, status]);

    public RequestTally Move(Side side, RequestStatus? from, RequestStatus to)
    {
        var builder = _counts.ToBuilder();
        if (from is { } f)
        {
            builder[(side, f)] = builder.GetValueOrDefault((side, f)) - 1;
        }
        builder[(side, to)] = builder.GetValueOrDefault((side, to)) + 1;
        return new RequestTally(builder.ToImmutable());
    }
}
