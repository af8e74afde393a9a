namespace Parley.Ledger.Tiles;

/// <summary>
/// The names of the files a published log serves beside its tiles (and the URL paths under <c>/log/</c>):
/// <c>checkpoint</c> as c2sp.org/tlog-tiles names it, and Parley's two conveniences.
/// </summary>
public static class LogFiles
{
    /// <summary>The witnessed checkpoint (tlog-tiles' <c>checkpoint</c>).</summary>
    public const string Checkpoint = "checkpoint";

    /// <summary>The newest checkpoint, beside the witnessed one, for witnesses to cosign.</summary>
    public const string LatestCheckpoint = "latest-checkpoint";

    /// <summary>The log's verifier key, a convenience (trust it only if it matches a copy got another way).</summary>
    public const string VerifierKey = "log.pub";
}
