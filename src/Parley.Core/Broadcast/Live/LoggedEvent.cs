using NodaTime;
using Parley.Core.Events;

namespace Parley.Core.Broadcast.Live;

/// <summary>An event as the log holds it: its sequence number, when it was recorded, and the event.</summary>
public sealed record LoggedEvent(long Sequence, Instant Recorded, DomainEvent Event);
