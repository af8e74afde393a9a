using Parley.Core.Rules;
using Parley.Import;
using Parley.Store;

namespace Parley.Cli;

/// <summary>Turns the errors a person can fix into a one-line message and exit code 2; never a stack trace.</summary>
internal static class Failures
{
    public static int Run(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            error.WriteLine($"parley: {message}");
            return ExitCodes.BadInput;
        }
    }

    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            error.WriteLine($"parley: {message}");
            return ExitCodes.BadInput;
        }
    }

    public static string? Describe(Exception e) => e switch
    {
        StoreException or ParleyException or ListImportException => e.Message,
        FileNotFoundException f => $"no such file: {f.FileName ?? e.Message}",
        DirectoryNotFoundException => $"no such folder: {e.Message}",
        UnauthorizedAccessException => $"not allowed: {e.Message}",
        IOException => $"cannot read or write: {e.Message}",
        _ => null,
    };
}
