namespace Parley.Store;

/// <summary>
/// What <see cref="IBatchProcessor{TRequest, TResult}.Process"/> decided for a batch: one result per request (in request
/// order), the events to append, and the projection writes to run in the same transaction.
/// </summary>
public sealed class BatchResult<TResult>
{
    public BatchResult(IReadOnlyList<TResult> results, IReadOnlyList<EventToAppend> events, Action<IProjectionWriter>? project = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(events);
        Results = results;
        Events = events;
        Project = project;
    }

    /// <summary>One result per request, in request order; completed to callers only after the commit.</summary>
    public IReadOnlyList<TResult> Results { get; }

    /// <summary>The events to append, in order; may be empty (every request rejected).</summary>
    public IReadOnlyList<EventToAppend> Events { get; }

    /// <summary>Projection writes to run after the events, in the same transaction; null for none.</summary>
    public Action<IProjectionWriter>? Project { get; }
}
