namespace Parley.Core.Exchanges;

/// <summary>
/// Where a person stands: listed -> matched -> verified -> scheduled -> released -> received (home),
/// or leaves the path as declined (no consent), withdrawn, deceased, or disputed after release.
/// </summary>
public enum PersonStatus
{
    Listed,
    Matched,
    Verified,
    Scheduled,
    Released,
    Received,
    Disputed,
    Declined,
    Withdrawn,
    Deceased,
}

public static class PersonStatusExtensions
{
    /// <summary>Still to be resolved: counts against a side under an <c>all</c> quantity.</summary>
    public static bool IsPending(this PersonStatus status) =>
        status is PersonStatus.Listed or PersonStatus.Matched or PersonStatus.Verified or PersonStatus.Scheduled;

    /// <summary>Has crossed: released, received, or released and then disputed.</summary>
    public static bool HasBeenReleased(this PersonStatus status) =>
        status is PersonStatus.Released or PersonStatus.Received or PersonStatus.Disputed;

    /// <summary>Taken against a term's quantity: scheduled or already released.</summary>
    public static bool CountsAgainstQuantity(this PersonStatus status) =>
        status == PersonStatus.Scheduled || status.HasBeenReleased();

    public static string ToWord(this PersonStatus status) => status.ToString().ToLowerInvariant();
}
