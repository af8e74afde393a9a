using Parley.Core.Rules;

namespace Parley.Core.Wire;

/// <summary>A command that is not well formed: bad JSON, an unknown command, a missing or mistyped field.</summary>
public sealed class CommandFormatException(string message, string? field = null) : ParleyException(message)
{
    public string? Field { get; } = field;
}
