using Microsoft.Data.Sqlite;

namespace Parley.Store;

public sealed partial class SqliteEventLog
{
    /// <summary>
    /// Rebuilds every projection in one transaction: clears them all, sets <see cref="EventLogBase.ProjectedThrough"/> to the log's last
    /// sequence, then runs <paramref name="writeAll"/> (which may set it otherwise). Appends wait while it runs; the log it
    /// reads through <see cref="Read"/> is exactly the log it is rebuilt from.
    /// </summary>
    public void ReplaceProjections(Action<IProjectionWriter> writeAll)
    {
        ArgumentNullException.ThrowIfNull(writeAll);
        lock (Gate)
        {
            ThrowIfDisposed();
            InWriteTransaction(commands =>
            {
                var lastSequence = (long)commands.MaxSequence.ExecuteScalar()!;
                return (lastSequence, writer =>
                {
                    writer.ClearProjections();
                    writer.SetProjectedThrough(lastSequence);
                    writeAll(writer);
                }
                );
            });
        }
    }

    /// <summary>
    /// The committed document of <paramref name="kind"/> under <paramref name="key"/>, or null. Inside a projection
    /// callback, read through <see cref="IProjectionWriter.ReadProjection"/> instead, which sees the transaction's own writes.
    /// </summary>
    public byte[]? ReadProjection(string kind, string key)
    {
        ProjectionWriter.CheckKindAndKey(kind, key);
        lock (Gate)
        {
            ThrowIfDisposed();
            try
            {
                _commands.ReadOneKind.Value = kind;
                _commands.ReadOneKey.Value = key;
                return _commands.ReadOne.ExecuteScalar() as byte[];
            }
            catch (SqliteException e) when (SqliteErrors.IsMapped(e))
            {
                throw Map(e);
            }
        }
    }

    /// <summary>Streams every committed document of <paramref name="kind"/>, ordered by key (binary order).</summary>
    public IEnumerable<(string Key, byte[] Body)> ReadProjections(string kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ThrowIfDisposed();
        return ReadProjectionsOfKind(kind);
    }

    /// <summary>Streams every committed document, ordered by kind then key; for comparing projection sets (rebuilt against incremental).</summary>
    public IEnumerable<(string Kind, string Key, byte[] Body)> ReadAllProjectionsOrdered()
    {
        ThrowIfDisposed();
        return ReadEveryProjection();
    }

    private IEnumerable<(string Key, byte[] Body)> ReadProjectionsOfKind(string kind)
    {
        using var connection = OpenReadConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, body FROM projections WHERE kind = $kind ORDER BY key;";
        command.Parameters.Add("$kind", SqliteType.Text).Value = kind;
        using var reader = ExecuteReader(command);
        while (Advance(reader))
        {
            yield return (reader.GetString(0), reader.GetFieldValue<byte[]>(1));
        }
    }

    private IEnumerable<(string Kind, string Key, byte[] Body)> ReadEveryProjection()
    {
        using var connection = OpenReadConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, key, body FROM projections ORDER BY kind, key;";
        using var reader = ExecuteReader(command);
        while (Advance(reader))
        {
            yield return (reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2));
        }
    }
}
