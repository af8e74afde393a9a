namespace Parley.Store;

/// <summary>Counters of a <see cref="GroupCommitWriter{TRequest, TResult}"/> since it started. Immutable snapshot.</summary>
/// <param name="Batches">Batches handed to the processor (committed or failed).</param>
/// <param name="Requests">Requests in those batches.</param>
/// <param name="LargestBatch">The largest batch so far.</param>
public readonly record struct GroupCommitStatistics(long Batches, long Requests, int LargestBatch);
