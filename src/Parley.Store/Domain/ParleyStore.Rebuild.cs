using Parley.Core.Events;
using Parley.Core.State;
using Parley.Core.Wire;
using Parley.Store.Serialization;

namespace Parley.Store.Domain;

public sealed partial class ParleyStore
{
    /// <summary>Folds the whole log into a state: the log is the truth, this is what it says.</summary>
    public static ParleyState Replay(IEventLog log, IProgress<long>? progress = null)
    {
        var state = ParleyState.Empty;
        // An event that needs a private part and has none was erased, if a later exchange.erased of its exchange says
        // so; the first such event of each exchange waits here for it, and one still waiting at the end is damage.
        var awaitingErasure = new Dictionary<string, StoredEvent>(StringComparer.Ordinal);
        foreach (var stored in log.Read())
        {
            try
            {
                var e = stored.Private is null && EventCodec.RequiresPrivatePart(stored.Type) ? stored.DecodePublic() : stored.Decode();
                if (stored.Private is null && EventCodec.RequiresPrivatePart(stored.Type))
                {
                    var exchange = e is SubmissionSigned signed ? signed.Exchange : ((IExchangeEvent)e).Exchange;
                    awaitingErasure.TryAdd(exchange, stored);
                }
                if (e is ExchangeErased erasure)
                {
                    awaitingErasure.Remove(erasure.Exchange);
                }
                state = state.Apply(e);
            }
            catch (Exception e) when (e is not UnknownEventTypeException)
            {
                throw new CorruptLogException(log.Location, stored.Sequence, stored.Type, e);
            }
            if (stored.Sequence % 10_000 == 0)
            {
                progress?.Report(stored.Sequence);
            }
        }
        if (awaitingErasure.Values.MinBy(e => e.Sequence) is { } missing)
        {
            throw new CorruptLogException(log.Location, missing.Sequence, missing.Type,
                new InvalidDataException("it has no private part, but it needs one, and no later exchange.erased erased it"));
        }
        progress?.Report(log.LastSequence);
        return state;
    }

    /// <summary>
    /// Throws the projections away and writes them anew from the log, in one transaction; returns the number of
    /// documents written.
    /// </summary>
    public int Rebuild(IProgress<long>? progress = null) => RebuildFrom(_log, Replay(_log, progress));

    private static int RebuildFrom(IEventLog log, ParleyState state)
    {
        var written = 0;
        log.ReplaceProjections(writer =>
        {
            var keys = Projections.AllKeys(state).ToList();
            written = keys.Count + 1; // and the format document
            Projections.Write(state, keys, writer);
            Projections.WriteFormat(writer);
        });
        return written;
    }

    /// <summary>
    /// Brings the documents of a database to this build's shape (rebuilding them from the log) when they have another:
    /// what a reader calls before reading documents a writer of an older Parley left.
    /// </summary>
    public static void UpgradeProjections(string database)
    {
        var address = DatabaseAddress.Parse(database);
        using (var log = EventLogs.Open(address, OpenMode.MustExist))
        {
            if (Projections.AreCurrent(log))
            {
                return;
            }
        }
        using var store = Open(address, OpenMode.MustExist);
    }
}
