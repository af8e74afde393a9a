using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Parley.Testing;

/// <summary>
/// Every row of every table of a Parley database, read with plain SQL (not Parley's code) and written out as text, every
/// column, bytes in hex: two dumps are equal exactly when the databases hold the same record, whichever store. The one
/// row left out is a fact about an SQLite file, not about its record: when its pages were last checked.
/// </summary>
public static class RawRecord
{
    private static readonly (string Table, string Order)[] Tables =
    [
        ("events", "seq"), ("checkpoints", "size"), ("merkle_tiles", "level, idx"), ("merkle_inner", "level, idx"),
        ("cosignatures", "size, witness, key_id"), ("tokens", "id"), ("projections", "kind, key"),
        ("meta WHERE key <> 'integrity_checked_at'", "key"),
    ];

    public static string Dump(string database)
    {
        using var connection = Connect(database, readOnly: true);
        var text = new StringBuilder();
        foreach (var (table, order) in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {order};";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                text.Append(table.Split(' ')[0]);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(' ').Append(reader.GetName(i)).Append('=').Append(reader.GetValue(i) switch
                    {
                        DBNull => "null",
                        byte[] bytes => Convert.ToHexStringLower(bytes),
                        string s => s,
                        var number => Convert.ToInt64(number, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    });
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>The number of rows of <paramref name="table"/>.</summary>
    public static long Count(string database, string table) => Scalar(database, $"SELECT COUNT(*) FROM {table};");

    /// <summary>The number a query answers.</summary>
    public static long Scalar(string database, string sql)
    {
        using var connection = Connect(database, readOnly: true);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The number of tables in a PostgreSQL database's current schema.</summary>
    public static long PostgresTables(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema();", connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Runs statements on a database (to inject a fault the copy must survive).</summary>
    public static void Execute(string database, string sql)
    {
        using var connection = Connect(database, readOnly: false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DbConnection Connect(string database, bool readOnly)
    {
        DbConnection connection = Store.DatabaseAddress.Parse(database) is Store.PostgresDatabase postgres
            ? new NpgsqlConnection(postgres.ConnectionString)
            : new SqliteConnection($"Data Source={database};Mode={(readOnly ? "ReadOnly" : "ReadWrite")};Pooling=False");
        connection.Open();
        return connection;
    }
}
