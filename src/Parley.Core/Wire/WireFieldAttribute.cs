namespace Parley.Core.Wire;

/// <summary>The field name of a property in command files and the API, where it differs from the property's own name.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class WireFieldAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
