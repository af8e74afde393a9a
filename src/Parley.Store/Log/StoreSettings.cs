namespace Parley.Store;

/// <summary>
/// Settings the store takes from its caller: the command line and the server read them (from options or the
/// environment) at the edge and hand them in, so nothing below reads configuration of its own. Immutable.
/// </summary>
public sealed record StoreSettings
{
    /// <summary>
    /// The origin a new log's checkpoints carry (its first line), used only when the database has none yet; null for
    /// Parley's default (<see cref="PublicRecord.PublicRecords.DefaultOrigin"/>).
    /// </summary>
    public string? LogOrigin { get; init; }
}
