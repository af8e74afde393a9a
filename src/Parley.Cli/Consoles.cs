using System.Text.Json;
using Parley.Store.Serialization;
using Spectre.Console;

namespace Parley.Cli;

internal static class Consoles
{
    /// <summary>A Spectre console over the invocation's writer, so tests can read what a person would see.</summary>
    public static IAnsiConsole For(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out)
            ? AnsiConsole.Console
            : AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
}

internal static class CliJson
{
    public static readonly JsonSerializerOptions Indented = new(ParleyJson.Options) { WriteIndented = true };
}
