namespace Parley.Core.Rules;

/// <summary>A command's text field that may hold more than one line (every other text is <see cref="TextKind.Line"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = false)]
public sealed class TextAttribute(TextKind kind) : Attribute
{
    public TextKind Kind { get; } = kind;
}
