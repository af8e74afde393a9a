namespace Parley.Store;

/// <summary>The <see cref="IProjectionWriter"/> of one write transaction; refuses use once that transaction is over.</summary>
internal sealed class ProjectionWriter : IProjectionWriter
{
    private readonly WriteCommands _commands;
    private bool _closed;

    public ProjectionWriter(WriteCommands commands, long lastSequence)
    {
        _commands = commands;
        LastSequence = lastSequence;
    }

    public long LastSequence { get; }

    /// <summary>The value set by <see cref="SetProjectedThrough"/> in this transaction, if any.</summary>
    public long? ProjectedThrough { get; private set; }

    public void UpsertProjection(string kind, string key, byte[] body)
    {
        ThrowIfClosed();
        CheckKindAndKey(kind, key);
        ArgumentNullException.ThrowIfNull(body);
        _commands.UpsertKind.Value = kind;
        _commands.UpsertKey.Value = key;
        _commands.UpsertBody.Value = body;
        _commands.Upsert.ExecuteNonQuery();
    }

    public void DeleteProjection(string kind, string key)
    {
        ThrowIfClosed();
        CheckKindAndKey(kind, key);
        _commands.DeleteKind.Value = kind;
        _commands.DeleteKey.Value = key;
        _commands.Delete.ExecuteNonQuery();
    }

    public void ClearProjections()
    {
        ThrowIfClosed();
        _commands.Clear.ExecuteNonQuery();
    }

    public void SetProjectedThrough(long sequence)
    {
        ThrowIfClosed();
        if (sequence < 0 || sequence > LastSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence,
                $"{nameof(sequence)} must be between 0 and the log's last sequence {LastSequence}; it was {sequence}.");
        }
        _commands.ProjectedThroughValue.Value = sequence;
        _commands.SetProjectedThrough.ExecuteNonQuery();
        ProjectedThrough = sequence;
    }

    public byte[]? ReadProjection(string kind, string key)
    {
        ThrowIfClosed();
        CheckKindAndKey(kind, key);
        _commands.ReadOneKind.Value = kind;
        _commands.ReadOneKey.Value = key;
        return _commands.ReadOne.ExecuteScalar() as byte[];
    }

    public void Close() => _closed = true;

    internal static void CheckKindAndKey(string kind, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(key);
    }

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new InvalidOperationException("This projection writer belongs to a transaction that is over; write projections only inside the callback it was handed to.");
        }
    }
}
