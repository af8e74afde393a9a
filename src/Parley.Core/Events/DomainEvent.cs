using Parley.Core.Actors;
using Parley.Core.Wire;

namespace Parley.Core.Events;

/// <summary>
/// Something that happened, as the log records it. <see cref="Type"/> is the stable name written to the log (given once,
/// by the type's <see cref="WireNameAttribute"/>); a property of type <see cref="Exchanges.IPersonalData"/> is the
/// event's private part, everything else public.
/// </summary>
public abstract record DomainEvent
{
    public string Type => WireTypes.NameOf(this);

    /// <summary>Who did it; null only in logs written before every event named its actor.</summary>
    public Actor? Actor { get; init; }
}
