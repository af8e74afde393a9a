namespace Parley.Ledger.Records;

/// <summary>
/// A party officer's signature carried in a leaf: the 4-byte key ID of the officer's Ed25519 key (signed-note key ID,
/// type 0x01) and the 64-byte Ed25519 signature over the submission's signed message (<see cref="Submission"/>).
/// Immutable.
/// </summary>
public sealed record LeafSignature
{
    /// <summary>The length of an Ed25519 signature.</summary>
    public const int SignatureSize = 64;

    private readonly byte[] _signature;

    public LeafSignature(uint keyId, ReadOnlySpan<byte> signature)
    {
        Preconditions.CheckArgument(signature.Length == SignatureSize, nameof(signature), $"an Ed25519 signature is exactly {SignatureSize} bytes; got {signature.Length}.");
        KeyId = keyId;
        _signature = signature.ToArray();
    }

    public uint KeyId { get; }

    public ReadOnlySpan<byte> Signature => _signature;

    public bool Equals(LeafSignature? other) => other is not null && KeyId == other.KeyId && _signature.AsSpan().SequenceEqual(other._signature);

    public override int GetHashCode() => HashCode.Combine(KeyId, _signature[0], _signature[^1]);
}
