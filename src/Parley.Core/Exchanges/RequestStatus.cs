namespace Parley.Core.Exchanges;

/// <summary>
/// Where a request stands: requested (outstanding: the other side has not offered the person, or no match is decided
/// yet), matched to an offered person, withdrawn by the party that asked, or carried on to a later exchange.
/// </summary>
public enum RequestStatus
{
    Requested,
    Matched,
    Withdrawn,
    Carried,
}

public static class RequestStatusExtensions
{
    public static string ToWord(this RequestStatus status) => status.ToString().ToLowerInvariant();
}
