namespace Parley.Core.Rules;

/// <summary>
/// A command that would break one of the domain's rules. It is rejected whole and changes nothing;
/// <see cref="Rule"/> names the rule (see <see cref="DomainRule"/>) and the message says what was found.
/// </summary>
public sealed class RuleViolationException(DomainRule rule, string detail)
    : ParleyException($"{detail} (rule: {rule.Name}: {rule.Sentence})")
{
    public DomainRule Rule { get; } = rule;

    public string Detail { get; } = detail;
}
