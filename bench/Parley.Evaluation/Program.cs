using System.Diagnostics;
using Parley.Evaluation;
using Parley.Evaluation.Cli;

CommandLine commandLine;
try
{
    commandLine = CommandLine.Parse(args);
    commandLine.Options.Validate();
}
catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

var stopwatch = Stopwatch.StartNew();
var summary = EvaluationLists.Generate(commandLine.Options).Write(commandLine.Folder);
SummaryPrinter.Print(summary, Console.Out, stopwatch.Elapsed);
return 0;
