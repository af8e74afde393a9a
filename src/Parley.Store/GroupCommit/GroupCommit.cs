using System.Runtime.ExceptionServices;

namespace Parley.Store;

/// <summary>The synchronous batch path (for the CLI), and the decide-append-or-discard step both paths share.</summary>
public static class GroupCommit
{
    /// <summary>
    /// Decides and appends <paramref name="requests"/> in order, <paramref name="maxBatchSize"/> per transaction, on the
    /// calling thread; returns one result per request, in order. For <c>parley apply</c>: pass
    /// <c>int.MaxValue</c> to make a whole file one all-or-nothing transaction.
    /// After each committed batch <see cref="IBatchProcessor{TRequest, TResult}.OnBatchCommitted"/> runs.
    /// If a batch fails, <see cref="IBatchProcessor{TRequest, TResult}.OnBatchFailed"/> runs and the error propagates;
    /// earlier batches stay committed (<see cref="IEventLog.LastSequence"/> tells how far it got).
    /// Must not run at the same time as a <see cref="GroupCommitWriter{TRequest, TResult}"/> over the same processor.
    /// </summary>
    public static IReadOnlyList<TResult> ApplyInOrder<TRequest, TResult>(
        IEventLog log, IBatchProcessor<TRequest, TResult> processor, IReadOnlyList<TRequest> requests, int maxBatchSize = 4096)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);

        var results = new List<TResult>(requests.Count);
        for (var start = 0; start < requests.Count; start += maxBatchSize)
        {
            var count = Math.Min(maxBatchSize, requests.Count - start);
            var batch = start == 0 && count == requests.Count ? requests : Slice(requests, start, count);
            results.AddRange(ProcessAndAppend(log, processor, batch));
            processor.OnBatchCommitted();
        }
        return results;
    }

    /// <summary>
    /// Catch up, process and append in one transaction (the log's append turn); on any failure tell the processor to discard, then rethrow. The caller tells
    /// the processor of success (<see cref="IBatchProcessor{TRequest, TResult}.OnBatchCommitted"/>).
    /// </summary>
    internal static IReadOnlyList<TResult> ProcessAndAppend<TRequest, TResult>(
        IEventLog log, IBatchProcessor<TRequest, TResult> processor, IReadOnlyList<TRequest> batch)
    {
        try
        {
            BatchResult<TResult>? outcome = null;
            // Decided in the append's turn: after the events other writers appended, with nobody appending until the commit.
            log.AppendDecided(turn =>
            {
                processor.CatchUp(turn);
                outcome = processor.Process(batch)
                    ?? throw new InvalidOperationException($"{nameof(IBatchProcessor<TRequest, TResult>.Process)} returned null; it must return a {nameof(BatchResult<TResult>)}.");
                if (outcome.Results.Count != batch.Count)
                {
                    throw new InvalidOperationException(
                        $"{nameof(IBatchProcessor<TRequest, TResult>.Process)} returned {outcome.Results.Count} results for a batch of {batch.Count} requests; it must return exactly one result per request, in order.");
                }
                return new DecidedBatch(outcome.Events, outcome.Project);
            });
            return outcome!.Results;
        }
        catch (Exception error)
        {
            try
            {
                processor.OnBatchFailed();
            }
            catch (Exception cleanupError)
            {
                throw new AggregateException("A batch failed, and discarding its tentative state failed too.", error, cleanupError);
            }
            ExceptionDispatchInfo.Capture(error).Throw();
            throw; // unreachable
        }
    }

    private static TRequest[] Slice<TRequest>(IReadOnlyList<TRequest> requests, int start, int count)
    {
        var slice = new TRequest[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = requests[start + i];
        }
        return slice;
    }
}
