using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

/// <summary>The `parley` command: one subcommand per feature, each in its own file under Commands/.</summary>
public static class ParleyCommandLine
{
    public static RootCommand Build() => new("Parley: the shared, verifiable record of a negotiated prisoner exchange, from the table to the border.")
    {
        FormulaCommand.Create(),
        FeasibilityCommand.Create(),
        ApplyCommand.Create(),
        DemoCommand.Create(),
        StatusCommand.Create(),
        RebuildCommand.Create(),
        BackupCommand.Create(),
        CopyCommand.Create(),
        KeysCommand.Create(),
        PublishCommand.Create(),
        VerifyCommand.Create(),
        RevealCommand.Create(),
        EraseCommand.Create(),
        RetentionCommand.Create(),
        CosignCommand.Create(),
        SignCommand.Create(),
        ServeCommand.Create(),
        TokensCommand.Create(),
        ReceiptCommand.Create(),
        SynthCommand.Create(),
        ReconcileCommand.Create(),
    };

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var parse = Build().Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                configuration.Error.WriteLine($"parley: {problem.Message}");
            }
            configuration.Error.WriteLine("Run 'parley --help' for the commands and their options.");
            return ExitCodes.BadInput;
        }
        return await parse.InvokeAsync(configuration);
    }
}
