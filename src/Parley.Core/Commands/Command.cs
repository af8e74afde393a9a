using Parley.Core.Wire;

namespace Parley.Core.Commands;

/// <summary>
/// A request to change the record. <see cref="Name"/> is the name used in command files and the HTTP API
/// (docs/commands.md), given once by the type's <see cref="WireNameAttribute"/>. The decider accepts it whole or
/// rejects it whole.
/// </summary>
public abstract record Command
{
    public virtual string Name => WireTypes.NameOf(this);
}
