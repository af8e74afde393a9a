namespace Parley.Store;

/// <summary>
/// The owner of in-memory state behind a <see cref="GroupCommitWriter{TRequest, TResult}"/> (or
/// <see cref="GroupCommit.ApplyInOrder"/>): it decides each batch of requests, strictly in submission order, and is told
/// whether each batch it decided was committed or not.
/// </summary>
/// <remarks>
/// Calls never overlap and run on one thread per batch: <see cref="CatchUp"/> and <see cref="Process"/> inside the
/// append's transaction (under the log's append lock), then exactly one of <see cref="OnBatchCommitted"/> or
/// <see cref="OnBatchFailed"/>, one batch after another. Inside <see cref="Process"/>, <see cref="IEventLog.LastSequence"/>
/// is the sequence before this batch, so the processor can number the events it emits (first event gets LastSequence + 1).
/// </remarks>
public interface IBatchProcessor<TRequest, TResult>
{
    /// <summary>
    /// Called in the append's turn, before <see cref="Process"/>: <paramref name="turn"/> holds the events other writers
    /// of the database appended, which a processor whose state they change must take in before it decides. Nothing by
    /// default (a processor that is the database's only writer). If it was called, one of <see cref="OnBatchCommitted"/>
    /// or <see cref="OnBatchFailed"/> follows; if it throws, the batch fails.
    /// </summary>
    void CatchUp(AppendTurn turn)
    {
    }

    /// <summary>
    /// Decides <paramref name="batch"/> in order (typically: for each request, the pure domain decide step against the
    /// tentative state, then apply the resulting events to that state). Returns exactly one result per request, in
    /// order, plus the events to append and the projection writes, which commit in one transaction.
    /// A rejected request is a result, not an exception; throwing fails the whole batch.
    /// The list is owned by the caller and valid only during the call.
    /// </summary>
    BatchResult<TResult> Process(IReadOnlyList<TRequest> batch);

    /// <summary>
    /// The batch last passed to <see cref="Process"/> was not committed (CatchUp, Process or the append threw, or the
    /// append failed before its turn): discard the
    /// tentative state it built, back to the state after the last committed batch. Every caller in the batch receives the error.
    /// </summary>
    void OnBatchFailed();

    /// <summary>
    /// The batch last passed to <see cref="Process"/> is durable: make its tentative state the committed one. Runs
    /// after the commit and before any caller of the batch is acknowledged, so a caller that awaits its result then
    /// reads the committed state sees its own request applied. Must not throw: the batch is committed regardless; a
    /// <see cref="GroupCommitWriter{TRequest, TResult}"/> still acknowledges its callers, then refuses every later
    /// request, since the processor's state is no longer known to match the log.
    /// </summary>
    void OnBatchCommitted()
    {
    }
}
