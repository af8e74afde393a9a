using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Server.Problems;
using Parley.Store.PublicRecord;

namespace Parley.Server.PublicRecord;

/// <summary>
/// <c>POST /log/cosignatures</c>: a witness hands back its cosignature (https://c2sp.org/tlog-cosignature) as the cosigned
/// checkpoint note, text/plain. Open to everyone: the cosignature itself proves who made it, and only cosignatures by
/// witness keys registered in the log, over a checkpoint the log issued, are kept.
/// </summary>
public static class CosignaturesEndpoint
{
    /// <summary>A cosigned checkpoint is a few hundred bytes per signature line; 64 KiB leaves room for 100 lines.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    internal static async Task<Results<Ok<CosignaturesAccepted>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpContext context, CosignatureStore store, PublicLog log, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await BodyReader.ReadAsync(context.Request, MaxBodyBytes, cancellationToken);
        }
        catch (BodyTooLargeException e)
        {
            return Problem.TooLarge(e.Limit);
        }
        try
        {
            var accepted = store.Accept(body);
            var published = log.WitnessedCheckpointNote() is { } note ? Ledger.Notes.Checkpoint.Parse(Ledger.Notes.Note.Parse(note).Text).Size : 0;
            return TypedResults.Ok(new CosignaturesAccepted(accepted.Size, accepted.Witnesses, published));
        }
        catch (UnknownWitnessException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden, title: "The cosigner is not a witness of this log.",
                extensions: new Dictionary<string, object?> { ["witness"] = e.Name });
        }
        catch (UnissuedCheckpointException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "The log never issued this checkpoint.",
                extensions: new Dictionary<string, object?> { ["rule"] = "issued-checkpoint", ["size"] = e.Size });
        }
        catch (InvalidCosignatureException e)
        {
            return Problem.BadField("cosignature", e.Message);
        }
    }
}

/// <summary>
/// Accepted cosignatures: the checkpoint's size, the witnesses whose cosignatures were kept, and the size of the checkpoint
/// the log now publishes (it moves forward once every witness has cosigned a larger one).
/// </summary>
public sealed record CosignaturesAccepted(long Size, IReadOnlyList<string> Witnesses, long PublishedSize);
