namespace Parley.Audit;

/// <summary>The published log does not verify: the first problem, with the entry index when there is one (exit 1).</summary>
public sealed class VerificationFailedException(long? entry, string problem)
    : Exception(entry is { } index ? $"entry {index} (event {index + 1}): {problem}" : problem)
{
    public long? Entry { get; } = entry;
}
