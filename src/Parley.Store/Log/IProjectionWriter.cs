namespace Parley.Store;

/// <summary>
/// Writes projection documents inside the transaction that appends the events they come from, so that projections
/// and the log commit (or roll back) together. Valid only during the callback it is handed to.
/// </summary>
public interface IProjectionWriter
{
    /// <summary>The last sequence number of the log as this transaction will commit it (events of this batch included).</summary>
    long LastSequence { get; }

    /// <summary>Inserts or replaces the document of <paramref name="kind"/> under <paramref name="key"/>.</summary>
    void UpsertProjection(string kind, string key, byte[] body);

    /// <summary>Deletes the document of <paramref name="kind"/> under <paramref name="key"/>; does nothing when there is none.</summary>
    void DeleteProjection(string kind, string key);

    /// <summary>Deletes every projection document of every kind.</summary>
    void ClearProjections();

    /// <summary>Records that projections reflect the log up to and including <paramref name="sequence"/>.</summary>
    void SetProjectedThrough(long sequence);

    /// <summary>Reads a document as this transaction sees it (its own uncommitted writes included), or null.</summary>
    byte[]? ReadProjection(string kind, string key);
}
