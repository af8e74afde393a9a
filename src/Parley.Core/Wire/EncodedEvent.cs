namespace Parley.Core.Wire;

/// <summary>An event as bytes: its wire name, its public part (JSON) and its private part (personal data), if any.</summary>
public readonly record struct EncodedEvent(string Type, byte[] Public, byte[]? Private);
