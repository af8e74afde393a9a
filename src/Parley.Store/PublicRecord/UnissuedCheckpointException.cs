namespace Parley.Store.PublicRecord;

/// <summary>The cosigned checkpoint is not one this log issued: another origin, a size it never signed, or other text.</summary>
public sealed class UnissuedCheckpointException(string origin, long size, string reason)
    : CosignatureRejectedException($"the checkpoint of \"{origin}\" with {size} entries was never issued by this log: {reason}")
{
    public string Origin { get; } = origin;

    public long Size { get; } = size;
}
