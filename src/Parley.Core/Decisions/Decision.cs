using System.Collections.Immutable;
using Parley.Core.Events;
using Parley.Core.State;

namespace Parley.Core.Decisions;

/// <summary>What an accepted command produced: the events to append and the state they lead to.</summary>
public sealed record Decision(ImmutableList<DomainEvent> Events, ParleyState State);
