using Parley.Audit;
using Parley.Ledger;
using Parley.Store.PublicRecord;

namespace Parley.Cli.PublicRecord;

/// <summary>
/// Runs a public-record command: a failed verification prints "parley: verification failed: …" and exits 1; malformed
/// input (files, keys, notes) and the usual user errors exit 2 with one line; never a stack trace.
/// </summary>
internal static class PublicRecordFailures
{
    public static int Run(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (VerificationFailedException e)
        {
            error.WriteLine($"parley: verification failed: {e.Message}");
            return ExitCodes.VerificationFailed;
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            error.WriteLine($"parley: {message}");
            return ExitCodes.BadInput;
        }
    }

    private static string? Describe(Exception e) => e switch
    {
        MalformedInputException or SubmissionRefusedException or LedgerException or InvalidDataException or LogKeyException => e.Message,
        ArgumentException a when a.ParamName is not null => a.Message.Replace($" (Parameter '{a.ParamName}')", "", StringComparison.Ordinal),
        HttpRequestException h => $"cannot fetch: {h.Message}",
        _ => Failures.Describe(e),
    };
}
