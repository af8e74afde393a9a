namespace Parley.Server.Desk;

/// <summary>
/// Wakes the desk's open pages (their event streams, <see cref="DeskApi"/>'s <c>/events</c>) when something they show
/// may have changed: a command committed, or a reconciliation run moved on. A pulse says only "look again"; each stream
/// then compares what its page shows with the state, so a burst of pulses costs one look and carries no data.
/// </summary>
public sealed class DeskSignals
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next pulse. Take it before looking at the state, so a pulse in between is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
