using Microsoft.Data.Sqlite;

namespace Parley.Store.Tests;

/// <summary>Raw SQLite access for tests that look under the log or tamper with its file.</summary>
internal static class Sqlite
{
    public static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 1 }.ToString());
        connection.Open();
        return connection;
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        return Scalar(connection, sql);
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
