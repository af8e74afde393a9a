namespace Parley.Core.Matching;

/// <summary>The receiving party's answer to a pair the mediator accepted.</summary>
public enum ConfirmationVerdict
{
    Confirm,
    Refuse,
}
