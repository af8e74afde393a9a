using System.Text.Json;
using Parley.Core.Wire;
using Spectre.Console;

namespace Parley.Cli;

internal static class Consoles
{
    /// <summary>A Spectre console over the invocation's writer, so tests can read what a person would see.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        if (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Written to a file or a pipe: wide enough that the tables of an exchange do not wrap their figures.
        console.Profile.Width = OutputWidth;
        return console;
    }

    /// <summary>The width of tables written to anything but a terminal.</summary>
    public const int OutputWidth = 120;
}

internal static class CliJson
{
    public static readonly JsonSerializerOptions Indented = new(ParleyJson.Options) { WriteIndented = true };
}
