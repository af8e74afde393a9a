namespace Parley.Store.Copy;

/// <summary>
/// What to copy where: two <c>--db</c> values, and where the log's signing key is read and written. Each key file
/// defaults to the file beside an SQLite database (<c>DB.key</c>); a PostgreSQL side has no such file and needs one
/// named. The same key file may serve both sides (PostgreSQL to PostgreSQL).
/// </summary>
/// <param name="From">The source database.</param>
/// <param name="To">The target database: new, or empty.</param>
/// <param name="FromLogKey">The source's key file, or null for the one beside an SQLite source.</param>
/// <param name="ToLogKey">The target's key file, or null for the one beside an SQLite target.</param>
public sealed record CopyRequest(string From, string To, string? FromLogKey = null, string? ToLogKey = null);
