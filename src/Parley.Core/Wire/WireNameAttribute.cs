namespace Parley.Core.Wire;

/// <summary>
/// The name a command or an event is known by outside the program: in command files, the HTTP API and the log. Given
/// once, on the type; everything that reads or writes names asks <see cref="WireTypes"/>.
/// </summary>
/// <remarks>
/// A type written under several names (one per value of an enum property, such as <c>person.verified</c> and
/// <c>person.released</c>) names that property in <see cref="VariesBy"/>: its names are <c>Name</c> followed by each
/// value in kebab case.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>The enum property whose value completes the name, or null for a type with one name.</summary>
    public string? VariesBy { get; init; }
}
