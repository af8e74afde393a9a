namespace Parley.Store;

/// <summary>A listening connection: waits for the next commit of any writer of the database.</summary>
public interface ILogNotifications : IAsyncDisposable
{
    /// <summary>
    /// Waits for a commit: returns the highest last sequence number notified since the previous call, or null when
    /// <paramref name="timeout"/> passed without one.
    /// </summary>
    /// <exception cref="DatabaseUnreachableException">When the connection is lost: dispose this and listen anew.</exception>
    Task<long?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
