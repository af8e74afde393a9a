namespace Parley.Store.Snapshots;

/// <summary>A snapshot stored: the log version it holds, its size in bytes, and the time to encode it and in all (with the write).</summary>
public sealed record SnapshotWritten(long Version, long Bytes, TimeSpan Encoding, TimeSpan Total);
