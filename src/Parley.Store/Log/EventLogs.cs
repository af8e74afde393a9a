using Parley.Store.Postgres;

namespace Parley.Store;

/// <summary>Opens the event log a <c>--db</c> value names, on whichever database it is.</summary>
public static class EventLogs
{
    /// <summary>Opens the log that <paramref name="database"/> (a <c>--db</c> value) names.</summary>
    public static IEventLog Open(string database, OpenMode mode) => Open(DatabaseAddress.Parse(database), mode);

    /// <summary>Opens the log at <paramref name="address"/>; with <see cref="OpenMode.CreateIfMissing"/> creates its schema.</summary>
    public static IEventLog Open(DatabaseAddress address, OpenMode mode) => Open(address, mode, new StoreSettings());

    /// <summary>
    /// Opens the log at <paramref name="address"/> with <paramref name="settings"/>' check of an SQLite file's pages
    /// (<see cref="StoreSettings.IntegrityCheckEvery"/>; PostgreSQL checks its own pages).
    /// </summary>
    public static IEventLog Open(DatabaseAddress address, OpenMode mode, StoreSettings settings) => address switch
    {
        SqliteDatabase file => SqliteEventLog.Open(file.Path, mode, SqliteEventLog.DefaultBusyTimeout, settings.IntegrityCheckEvery),
        PostgresDatabase postgres => PostgresEventLog.Open(postgres, mode),
        _ => throw new ArgumentOutOfRangeException(nameof(address), address, "an address is an SQLite file or a PostgreSQL database."),
    };
}
