using Parley.Core.Rules;

namespace Parley.Store.Serialization;

/// <summary>A command whose event would not fit in one entry of the public record: rejected whole, nothing recorded.</summary>
public sealed class EventTooLargeException(string type, int bytes, int limit)
    : ParleyException($"its {type} event would take {bytes:N0} bytes in public, over the {limit:N0} one entry of the public record holds; send it in smaller parts")
{
    public string EventType { get; } = type;

    public int Bytes { get; } = bytes;

    public int Limit { get; } = limit;
}
