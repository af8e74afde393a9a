using System.Runtime.ExceptionServices;
using Parley.Core.State;

namespace Parley.Store.Domain;

public sealed partial class ParleyStore
{
    /// <summary>Folds the whole log into a state: the log is the truth, this is what it says.</summary>
    public static ParleyState Replay(IEventLog log, IProgress<long>? progress = null) => FoldLog(log, null, progress);

    /// <summary>
    /// Folds the log's events after <paramref name="start"/>'s version onto it (the whole log onto the empty state when
    /// null). The events are read and decoded on other threads while this one folds them in order: decoding is about half
    /// of a replay's time, and folding the rest.
    /// </summary>
    /// <exception cref="CorruptLogException">An event cannot be read, does not apply, or lacks a private part no erasure explains.</exception>
    private static ParleyState FoldLog(IEventLog log, ParleyState? start, IProgress<long>? progress)
    {
        var fold = new LogFold(log.Location, start);
        var decoded = log.Read((start?.Version ?? 0) + 1)
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Clamp(Environment.ProcessorCount - 1, 1, 4))
            .Select(LogFold.Decode);
        try
        {
            foreach (var next in decoded)
            {
                fold.Apply(next);
                if (next.Stored.Sequence % 10_000 == 0)
                {
                    progress?.Report(next.Stored.Sequence);
                }
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // PLINQ wraps what reading the log threw (database gone, file damaged): callers map the store's own exceptions.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        var state = fold.Finish();
        progress?.Report(log.LastSequence);
        return state;
    }

    /// <summary>
    /// Throws the projections away and writes them anew from the log, in one transaction; returns the number of
    /// documents written. The state folded for it is written as a snapshot as well.
    /// </summary>
    public int Rebuild(IProgress<long>? progress = null)
    {
        var written = RebuildFrom(_log, Replay(_log, progress));
        WriteQuietly("after the rebuild");
        return written;
    }

    private static int RebuildFrom(IEventLog log, ParleyState state)
    {
        var written = 0;
        log.ReplaceProjections(writer =>
        {
            // Other writers (nodes) may have appended since the state was folded: the documents say the log as it is under
            // the append lock, which the rebuild holds.
            if (writer.LastSequence > state.Version)
            {
                var fold = new LogFold(log.Location, state);
                foreach (var stored in log.Read(state.Version + 1).TakeWhile(e => e.Sequence <= writer.LastSequence))
                {
                    fold.Apply(stored);
                }
                state = fold.Finish();
            }
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
