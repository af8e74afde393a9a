namespace Parley.Store;

/// <summary>What the writer is doing, for `/healthz` and the operator.</summary>
public enum WriterState
{
    /// <summary>The last commit succeeded (or none was tried yet): writes are accepted.</summary>
    Ok,

    /// <summary>The last commit failed (disk full, I/O error, read-only file system): writes are refused until one succeeds; reads go on.</summary>
    Failing,

    /// <summary>The writer accepts no more writes until the server is restarted (it was shut down, or its state may no longer match the log).</summary>
    Stopped,
}

/// <summary>
/// The writer's health: its <see cref="State"/>, the last sequence number known durable, and the last error when it is not
/// <see cref="WriterState.Ok"/> (null when it was simply shut down).
/// </summary>
public sealed record WriterHealth(WriterState State, long LastDurableSequence, Exception? LastError)
{
    /// <summary>The cause in a few words fit for a public page (no paths): "disk full", "I/O error", "read-only file system"...</summary>
    public string? Cause => State == WriterState.Ok ? null : LastError switch
    {
        StorageFailedException { Failure: StorageFailure.DiskFull } => "disk full",
        StorageFailedException { Failure: StorageFailure.ReadOnly } => "read-only file system",
        StorageFailedException => "I/O error",
        DatabaseLockedException => "database locked by another process",
        null => "shut down",
        _ => "internal error",
    };
}
