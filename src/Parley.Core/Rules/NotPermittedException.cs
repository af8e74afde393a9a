using Parley.Core.Actors;

namespace Parley.Core.Rules;

/// <summary>
/// A command from an actor who does not hold that power (a role that may not issue it, or a party acting on the other
/// side's lists or people). Rejected whole, like any rule violation; the HTTP API answers 403.
/// </summary>
public sealed class NotPermittedException(Actor actor, string command, string detail)
    : ParleyException($"{detail} (rule: {DomainRule.Authority.Name}: {DomainRule.Authority.Sentence})")
{
    public Actor Actor { get; } = actor;

    public string Command { get; } = command;

    public string Detail { get; } = detail;
}
