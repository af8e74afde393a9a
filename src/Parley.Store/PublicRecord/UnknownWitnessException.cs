namespace Parley.Store.PublicRecord;

/// <summary>A cosignature line is by a key that is not a witness registered in the log (name and key ID as given).</summary>
public sealed class UnknownWitnessException(string name, uint keyId, IReadOnlyList<string> known)
    : CosignatureRejectedException(
        $"\"{name}\" (key ID {keyId:x8}) is not a witness of this log; its witnesses are: {(known.Count == 0 ? "none" : string.Join(", ", known))}. " +
        "A party registers its witness key (parley keys new --witness) with the register-officer command.")
{
    public string Name { get; } = name;

    public uint KeyId { get; } = keyId;
}
