using System.Data.Common;

namespace Parley.Store.Copy;

/// <summary>
/// Reads a table's rows as store-neutral values (integers as long, text as string, bytes as byte[], NULL as null) with
/// shared SQL, on either store; database errors a user can act on become the store's one-line exceptions.
/// </summary>
internal sealed class RecordRows(DbConnection connection, DbTransaction transaction, Func<DbException, Exception> map)
{
    /// <summary>Streams every row of <paramref name="table"/> in key order.</summary>
    public IEnumerable<object?[]> Read(RecordTable table)
    {
        using var command = Command(table.Select);
        using var reader = Mapped(() => command.ExecuteReader());
        while (Mapped(() => reader.Read()))
        {
            var row = new object?[table.Columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : table.Columns[i].Kind switch
                {
                    ColumnKind.Int32 or ColumnKind.Int64 => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture),
                    ColumnKind.Text => reader.GetString(i),
                    _ => reader.GetFieldValue<byte[]>(i),
                };
            }
            yield return row;
        }
    }

    /// <summary>The one value a query answers, or null.</summary>
    public object? Scalar(string sql)
    {
        using var command = Command(sql);
        var value = Mapped(() => command.ExecuteScalar());
        return value is DBNull ? null : value;
    }

    /// <summary>A count or sequence number a query answers (0 for NULL).</summary>
    public long Long(string sql) => PublicRecord.RecordSql.Long(Scalar(sql));

    /// <summary>
    /// Every <c>meta</c> entry but the projections' mark and the last check of the source file's pages (facts about that
    /// file, not the record), as text (SQLite keeps some values as integers).
    /// </summary>
    public IReadOnlyList<(string Key, string Value)> Meta()
    {
        using var command = Command($"SELECT key, value FROM meta WHERE key NOT IN ('{SqliteSchema.ProjectedThroughKey}', '{SqliteSchema.IntegrityCheckedKey}') ORDER BY key;");
        using var reader = Mapped(() => command.ExecuteReader());
        var entries = new List<(string, string)>();
        while (Mapped(() => reader.Read()))
        {
            entries.Add((reader.GetString(0), Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }
        return entries;
    }

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private T Mapped<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DbException e) when (map(e) is StoreException mapped)
        {
            throw mapped;
        }
    }
}
