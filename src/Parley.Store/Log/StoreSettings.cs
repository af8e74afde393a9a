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

    /// <summary>
    /// The file that holds the log's signing key (<c>--log-key</c> / <c>PARLEY_LOG_KEY</c>), created 0600 on first use;
    /// null for the default, which only an SQLite database has: the file beside it (<see cref="PublicRecord.LogKey.PathFor"/>).
    /// A PostgreSQL database has no file to sit beside, so it needs one given.
    /// </summary>
    public string? LogKeyPath { get; init; }

    /// <summary>
    /// How many events the log may move past the newest state snapshot before the store writes a new one (when it closes,
    /// and in the background once it is that far and half the snapshot's version again past it). Default 10,000: at
    /// most that many events are folded on top of the snapshot when the store next opens.
    /// </summary>
    public long SnapshotEvery { get; init; } = DefaultSnapshotEvery;

    /// <summary>The default of <see cref="SnapshotEvery"/>.</summary>
    public const long DefaultSnapshotEvery = 10_000;

    /// <summary>
    /// How long an SQLite file may go between two full checks of its pages (<c>PRAGMA quick_check</c>, about 0.4 s at
    /// 1,000,000 events). Opening it runs one when the last that passed is older than this (or there is none); zero checks
    /// on every open. Default one day; <c>parley serve</c> checks whenever it starts. Damage on a page a command reads is
    /// reported by that read in any case (<see cref="DatabaseCorruptException"/>).
    /// </summary>
    public TimeSpan IntegrityCheckEvery { get; init; } = DefaultIntegrityCheckEvery;

    /// <summary>The default of <see cref="IntegrityCheckEvery"/>.</summary>
    public static readonly TimeSpan DefaultIntegrityCheckEvery = TimeSpan.FromDays(1);

    /// <summary>
    /// Where the store tells the operator what slows it but needs no action (a state snapshot it could not use, and why);
    /// null for standard error.
    /// </summary>
    public TextWriter? Notices { get; init; }
}
