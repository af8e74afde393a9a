namespace Parley.Store;

/// <summary>
/// What a writer decided in its <see cref="AppendTurn"/>: the events to append (numbered from the turn's last sequence
/// number plus one), and the projection writes to run in the same transaction (null for none). Immutable.
/// </summary>
public sealed record DecidedBatch(IReadOnlyList<EventToAppend> Events, Action<IProjectionWriter>? Project = null);
