using Parley.Core.State;
using Parley.Store.Serialization;

namespace Parley.Store.Domain;

public sealed partial class ParleyStore
{
    /// <summary>Folds the whole log into a state: the log is the truth, this is what it says.</summary>
    public static ParleyState Replay(SqliteEventLog log, IProgress<long>? progress = null)
    {
        var state = ParleyState.Empty;
        foreach (var stored in log.Read())
        {
            try
            {
                state = state.Apply(EventCodec.Decode(stored));
            }
            catch (Exception e) when (e is not UnknownEventTypeException)
            {
                throw new CorruptLogException(log.Path, stored.Sequence, stored.Type, e);
            }
            if (stored.Sequence % 10_000 == 0)
            {
                progress?.Report(stored.Sequence);
            }
        }
        progress?.Report(log.LastSequence);
        return state;
    }

    /// <summary>
    /// Throws the projections away and writes them anew from the log, in one transaction; returns the number of
    /// documents written.
    /// </summary>
    public int Rebuild(IProgress<long>? progress = null)
    {
        var state = Replay(_log, progress);
        var written = 0;
        _log.ReplaceProjections(writer =>
        {
            var keys = Projections.AllKeys(state).ToList();
            written = keys.Count;
            Projections.Write(state, keys, writer);
        });
        return written;
    }
}
