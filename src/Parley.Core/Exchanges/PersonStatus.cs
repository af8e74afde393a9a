namespace Parley.Core.Exchanges;

/// <summary>
/// Where an offered person stands: offered -> matched (a person in the exchange) -> verified -> scheduled -> released
/// -> received (home), or leaves the path as declined (no consent), withdrawn, deceased, or disputed after release.
/// </summary>
public enum PersonStatus
{
    /// <summary>On the holding side's offer list, not yet matched to a request or accepted by the receiving side.</summary>
    Offered,
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
        status is PersonStatus.Offered or PersonStatus.Matched or PersonStatus.Verified or PersonStatus.Scheduled;

    /// <summary>Has crossed: released, received, or released and then disputed.</summary>
    public static bool HasBeenReleased(this PersonStatus status) =>
        status is PersonStatus.Released or PersonStatus.Received or PersonStatus.Disputed;

    /// <summary>Taken against a term's quantity: scheduled or already released.</summary>
    public static bool CountsAgainstQuantity(this PersonStatus status) =>
        status == PersonStatus.Scheduled || status.HasBeenReleased();

    /// <summary>A person of the exchange: matched (or accepted) and not since withdrawn or deceased.</summary>
    public static bool IsInExchange(this PersonStatus status) =>
        status is not (PersonStatus.Offered or PersonStatus.Withdrawn or PersonStatus.Deceased);

    /// <summary>Identity and consent confirmed by the verifier, whatever has happened since.</summary>
    public static bool HasBeenVerified(this PersonStatus status) =>
        status is PersonStatus.Verified or PersonStatus.Scheduled || status.HasBeenReleased();

    public static string ToWord(this PersonStatus status) => status.ToString().ToLowerInvariant();
}
