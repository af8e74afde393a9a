namespace Parley.Store.Copy;

/// <summary>How the log's signing key reached the target's key file.</summary>
public enum KeyTransfer
{
    /// <summary>Written to the target's key file (mode 0600).</summary>
    Copied,

    /// <summary>The target's key file already held the same key.</summary>
    AlreadyThere,

    /// <summary>Source and target name the same key file.</summary>
    SameFile,
}

/// <summary>A table copied as it is: its rows and the digest of its rows, equal on both sides.</summary>
public sealed record CopiedTable(string Name, long Rows, string Digest);

/// <summary>
/// What a committed <c>parley copy</c> proved: every figure was read back from the target inside the copy's transaction
/// and compared with the source's before the commit.
/// </summary>
public sealed record CopyResult
{
    /// <summary>The source, as shown to the user.</summary>
    public required string From { get; init; }

    /// <summary>The target, as shown to the user.</summary>
    public required string To { get; init; }

    /// <summary>The log's origin (its checkpoints' first line), the same on both.</summary>
    public required string Origin { get; init; }

    /// <summary>The events copied: the tree size on both sides.</summary>
    public required long Events { get; init; }

    /// <summary>The bytes of the events' public and private parts.</summary>
    public required long EventBytes { get; init; }

    /// <summary>The RFC 9162 root at <see cref="Events"/>, lowercase hex: recomputed from the source's rows, the target's rows and the target's tiles, and named by the last checkpoint.</summary>
    public required string Root { get; init; }

    /// <summary>The size of the last signed checkpoint, verified with the log's key.</summary>
    public required long CheckpointSize { get; init; }

    /// <summary>The digest of every event row, every column (RowDigest), equal on both sides.</summary>
    public required string EventsDigest { get; init; }

    /// <summary>The projection documents rebuilt on the target.</summary>
    public required long ProjectionDocuments { get; init; }

    /// <summary>The digest of the source's projections table.</summary>
    public required string SourceProjectionsDigest { get; init; }

    /// <summary>The digest of the target's projections table, read back after the rebuild.</summary>
    public required string TargetProjectionsDigest { get; init; }

    /// <summary>The tables copied as they are.</summary>
    public required IReadOnlyList<CopiedTable> Tables { get; init; }

    /// <summary>The target's key file.</summary>
    public required string KeyPath { get; init; }

    /// <summary>How the key got there.</summary>
    public required KeyTransfer Key { get; init; }
}
