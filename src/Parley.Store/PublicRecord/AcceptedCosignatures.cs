namespace Parley.Store.PublicRecord;

/// <summary>What <see cref="CosignatureStore.Accept"/> kept: the checkpoint's tree size and the witnesses whose cosignatures verified.</summary>
public sealed record AcceptedCosignatures(long Size, IReadOnlyList<string> Witnesses);
