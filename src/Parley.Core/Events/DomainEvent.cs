namespace Parley.Core.Events;

/// <summary>
/// Something that happened, as the log records it. <see cref="Type"/> is the stable name written to the log;
/// a property of type <see cref="Exchanges.IPersonalData"/> is the event's private part, everything else public.
/// </summary>
public abstract record DomainEvent
{
    public abstract string Type { get; }
}
