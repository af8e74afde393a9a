namespace Parley.Store.Domain;

/// <summary>An event in the log that cannot be read back or does not fit the events before it.</summary>
public sealed class CorruptLogException(string path, long sequence, string type, Exception inner)
    : StoreException(path, $"event {sequence} ({type}) in {path} cannot be replayed: {inner.Message}; the log is damaged or was written by another program", inner)
{
    public long Sequence { get; } = sequence;
}
