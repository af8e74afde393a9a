namespace Parley.Store.Copy;

/// <summary>
/// Collects the documents a rebuild writes (Domain/Projections) so that <c>parley copy</c> can write them as rows of one
/// table stream (a binary COPY on PostgreSQL) into the target's empty projections table, rather than one statement each.
/// </summary>
internal sealed class ProjectionBuffer(long lastSequence) : IProjectionWriter
{
    private readonly Dictionary<(string Kind, string Key), byte[]> _documents = [];

    public long LastSequence { get; } = lastSequence;

    /// <summary>The documents as rows (kind, key, body) in binary key order.</summary>
    public IEnumerable<object?[]> Rows => _documents
        .OrderBy(d => d.Key.Kind, StringComparer.Ordinal).ThenBy(d => d.Key.Key, StringComparer.Ordinal)
        .Select(d => new object?[] { d.Key.Kind, d.Key.Key, d.Value });

    public int Count => _documents.Count;

    public void UpsertProjection(string kind, string key, byte[] body)
    {
        ProjectionWriter.CheckKindAndKey(kind, key);
        ArgumentNullException.ThrowIfNull(body);
        _documents[(kind, key)] = body;
    }

    public void DeleteProjection(string kind, string key)
    {
        ProjectionWriter.CheckKindAndKey(kind, key);
        _documents.Remove((kind, key));
    }

    public void ClearProjections() => _documents.Clear();

    /// <summary>The copy sets the mark itself, with the target's own writer.</summary>
    public void SetProjectedThrough(long sequence) =>
        throw new InvalidOperationException("a projection buffer holds documents only; the copy records the projections' mark with the target's writer.");

    public byte[]? ReadProjection(string kind, string key) => _documents.GetValueOrDefault((kind, key));
}
