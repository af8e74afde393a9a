namespace Parley.Core.Wire;

/// <summary>
/// Marks an event that makes an entry on the live broadcast (docs/api.md, "Live"); <see cref="Key"/> marks the key
/// events a newsroom would put in a headline (a round begins or ends, an agreement, a stage closes, fulfilment).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LiveEntryAttribute : Attribute
{
    public bool Key { get; init; }
}
