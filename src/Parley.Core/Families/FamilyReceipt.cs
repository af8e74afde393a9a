namespace Parley.Core.Families;

/// <summary>
/// A family receipt as the state knows it: its public id within the exchange (<c>r-3</c>) and, from the private part,
/// the request it is for and the hashes of its code and feed capability (null where only the public record was read,
/// or the private part has been erased). <see cref="Party"/> is the party that issued it.
/// </summary>
public sealed record FamilyReceipt(string Exchange, string Id, string? Party, string? Request, string? Lookup, string? FeedLookup, bool Revoked)
{
    /// <summary>A receipt that still opens the family page: not revoked, and its secret still known.</summary>
    public bool IsLive => !Revoked && Request is not null && Lookup is not null;
}
