using Parley.Store.Postgres;

namespace Parley.Store;

/// <summary>
/// Wakes a follower of the log when a writer commits: on PostgreSQL every committed batch notifies the channel
/// <c>parley_log</c> of its last sequence number (<see cref="PostgresEventLog"/>), and a node listens on a connection of
/// its own (<see cref="PostgresLogNotifications"/>). A notification only wakes: the follower reads the events after its
/// own high-water mark, so one it missed (a dropped connection, a restart) costs nothing but the wait until it next reads.
/// An SQLite database has one writer, which needs no waking.
/// </summary>
public static class LogNotifications
{
    /// <summary>Whether writers of the database <paramref name="database"/> (a <c>--db</c> value) notify: true on PostgreSQL.</summary>
    public static bool AreSent(string database) => DatabaseAddress.Parse(database) is PostgresDatabase;

    /// <summary>Starts listening on the database <paramref name="database"/> names (PostgreSQL).</summary>
    /// <exception cref="DatabaseUnreachableException">When the server cannot be reached.</exception>
    public static Task<ILogNotifications> ListenAsync(string database, CancellationToken cancellationToken) =>
        DatabaseAddress.Parse(database) is PostgresDatabase postgres
            ? PostgresLogNotifications.ListenAsync(postgres, cancellationToken)
            : throw new ArgumentException($"an SQLite database has one writer and sends no notifications; check {nameof(AreSent)} first.", nameof(database));
}
