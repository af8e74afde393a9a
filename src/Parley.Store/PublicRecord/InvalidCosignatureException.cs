namespace Parley.Store.PublicRecord;

/// <summary>
/// The submission is not a valid cosigned checkpoint: not a signed note, not a checkpoint, no cosignature line, or a
/// witness's signature that does not verify over the cosignature/v1 message (https://c2sp.org/tlog-cosignature).
/// <see cref="Witness"/> names the key whose line failed, when one did.
/// </summary>
public sealed class InvalidCosignatureException(string? witness, string message)
    : CosignatureRejectedException(message)
{
    public string? Witness { get; } = witness;
}
