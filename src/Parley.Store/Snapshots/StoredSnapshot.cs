namespace Parley.Store.Snapshots;

/// <summary>
/// A row of the <c>snapshots</c> table as read, with what it must agree with in the log it was read from:
/// <see cref="LogRoot"/>, the Merkle root of this log's first <see cref="Version"/> events (null when the log is shorter
/// or has no tree), and <see cref="LastErasure"/>, the sequence number of the log's last <c>exchange.erased</c> (0 if none).
/// </summary>
public sealed record StoredSnapshot(long Version, int Format, byte[] Root, byte[] Body, long CreatedAt, byte[]? LogRoot, long LastErasure);
