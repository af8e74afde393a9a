using System.Reflection;
using Parley.Core.Actors;

namespace Parley.Core.Wire;

/// <summary>
/// What the program knows about one wire name: the CLR type behind it and, for a type written under several names,
/// the value of its <see cref="WireNameAttribute.VariesBy"/> property that this name stands for. Immutable.
/// </summary>
public sealed record WireType(
    string Name,
    Type ClrType,
    PropertyInfo? VariantProperty,
    object? Variant,
    bool HasPrivatePart,
    LiveEntryAttribute? Live,
    ActorRole IssuedBy)
{
    /// <summary>Whether the event makes an entry on the live broadcast.</summary>
    public bool IsLive => Live is not null;

    /// <summary>Whether the event is a key event of the live broadcast.</summary>
    public bool IsKey => Live?.Key == true;
}
