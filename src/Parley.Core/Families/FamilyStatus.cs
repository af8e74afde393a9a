namespace Parley.Core.Families;

/// <summary>
/// Where one requested person stands, as their family reads it: the request's status until a match is confirmed, then
/// the matched person's. <see cref="Offered"/>: the mediator found someone on the other side's offer list who may be
/// this person, and the requesting party is confirming it.
/// </summary>
public enum FamilyStatus
{
    Requested,
    Offered,
    Matched,
    Verified,
    Declined,
    Scheduled,
    Released,
    Received,
    Disputed,
    Withdrawn,
    Carried,

    /// <summary>Something the family must hear from the party that gave them the receipt, not from a web page (a death).</summary>
    AskTheOffice,
}

public static class FamilyStatusExtensions
{
    public static string ToWord(this FamilyStatus status) => status switch
    {
        FamilyStatus.AskTheOffice => "ask-the-office",
        _ => status.ToString().ToLowerInvariant(),
    };
}
