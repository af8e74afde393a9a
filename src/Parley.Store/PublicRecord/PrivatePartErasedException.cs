using Parley.Core.Events;

namespace Parley.Store.PublicRecord;

/// <summary>
/// An event whose private part and salt were erased (docs/public-record.md, "Erasure"): the public part and the
/// commitment remain, the personal data is gone. Carries the erasure that removed it.
/// </summary>
public sealed class PrivatePartErasedException(string path, long sequence, string type, long erasureSequence, ExchangeErased erasure)
    : StoreException(path,
        $"event {sequence} ({type}) was erased: its private part and salt were removed by event {erasureSequence} " +
        $"(exchange.erased of exchange '{erasure.Exchange}') at {erasure.At} by {erasure.Actor?.ToString() ?? "an unnamed actor"}" +
        (erasure.Forced ? $", forced: {erasure.Reason}" : "") +
        "; the public part and the commitment remain in the record")
{
    public long Sequence { get; } = sequence;

    public long ErasureSequence { get; } = erasureSequence;

    public ExchangeErased Erasure { get; } = erasure;
}
