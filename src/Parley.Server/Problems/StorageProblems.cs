using Microsoft.AspNetCore.Diagnostics;
using Parley.Store;

namespace Parley.Server.Problems;

/// <summary>
/// A write the disk refused (full, I/O error, read-only) or a database another process holds: 503 with Retry-After and a
/// sentence saying what happened and that nothing of the request was recorded, instead of a generic 500. The log line
/// names the cause and the database path for the operator; the response names only the cause.
/// </summary>
internal sealed class StorageProblems(ILogger<StorageProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var store = exception as StoreException ?? exception.InnerException as StoreException;
        if (store is not (StorageFailedException or DatabaseLockedException))
        {
            return false;
        }
        logger.LogError("Write refused by storage: {Message}", store.Message);
        var (cause, advice) = store switch
        {
            StorageFailedException { Failure: StorageFailure.DiskFull } => ("the server's disk is full", "retry once the operator has freed space"),
            StorageFailedException { Failure: StorageFailure.ReadOnly } => ("the server's database is on a read-only file system", "retry once the operator has fixed it"),
            StorageFailedException => ("the server's disk reported an I/O error", "retry later"),
            _ => ("the database is locked by another process", "retry later"),
        };
        context.Response.Headers.RetryAfter = "30";
        await TypedResults.Problem($"{cause}: nothing of this request was recorded, and everything acknowledged before it is kept; {advice}",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "The record cannot be written right now.")
            .ExecuteAsync(context);
        return true;
    }
}
