using System.Text.RegularExpressions;
using Parley.Core.Wire;
using Xunit;

namespace Parley.Core.Tests.Wire;

/// <summary>
/// Issue 15: a wire name is written once, on its type (<see cref="WireNameAttribute"/>); every other place asks the
/// registry (<see cref="WireTypes"/>), so renaming or adding a type cannot leave a copy behind.
/// </summary>
public sealed partial class WireNameTests
{
    private static DirectoryInfo SourceFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "parley.slnx")))
        {
            directory = directory.Parent;
        }
        return new DirectoryInfo(Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("parley.slnx is not above the tests"), "src"));
    }

    [Fact]
    public void every_event_and_command_wire_name_is_a_string_literal_once_in_the_sources()
    {
        var declared = WireTypes.Events.Values.Concat(WireTypes.Commands.Values)
            .Select(t => t.ClrType.GetCustomAttributes(typeof(WireNameAttribute), false).Cast<WireNameAttribute>().Single().Name)
            .Where(name => name.Length > 0) // a name made of its varying part alone (move-person's verbs) has no literal
            .ToHashSet(StringComparer.Ordinal);
        var sources = SourceFolder().EnumerateFiles("*.cs", SearchOption.AllDirectories)
            .Where(f => !f.FullName.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.FullName.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            // Code only: a doc comment may quote a command as it is written.
            .Select(f => (f.Name, Text: string.Join('\n', File.ReadLines(f.FullName).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))))
            .ToList();

        Assert.True(declared.Count > 60, $"{declared.Count} wire names");
        var repeated = declared
            .Select(name => (name, Files: sources.Where(s => s.Text.Contains('"' + name + '"', StringComparison.Ordinal)).Select(s => s.Name).ToList(),
                Count: sources.Sum(s => Regex.Count(s.Text, Regex.Escape('"' + name + '"')))))
            .Where(n => n.Count != 1)
            .Select(n => $"{n.name}: {n.Count} times ({string.Join(", ", n.Files)})")
            .ToList();
        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
    }
}
