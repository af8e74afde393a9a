namespace Parley.Core.Talks;

/// <summary>The entries of the talks record a correction or a retraction may name.</summary>
public enum RecordKind
{
    Statement,
    Agreement,
    Claim,
}
