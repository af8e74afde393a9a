namespace Parley.Core.Actors;

/// <summary>
/// The roles that may issue a command, besides the operator (who may issue any). Checked by the decider before anything
/// else, so a command from the wrong role is rejected whole whichever way it arrives (HTTP, a page, a file).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IssuedByAttribute(ActorRole roles) : Attribute
{
    public ActorRole Roles { get; } = roles;
}
