namespace Parley.Cli.Tests.Support;

/// <summary>What one `parley` invocation printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs `parley` in-process through <see cref="ParleyCommandLine.RunAsync"/>, capturing both writers.</summary>
public static class ParleyCli
{
    public static async Task<CliResult> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ParleyCommandLine.RunAsync(args, output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Asserts a failure a person can read: exit 2, a message, and no stack trace.</summary>
    public static void AssertCleanFailure(CliResult result)
    {
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.False(string.IsNullOrWhiteSpace(result.Error), result.ToString());
        Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error + result.Output, StringComparison.Ordinal);
    }
}
