using Parley.Core.Commands;
using Parley.Core.State;

namespace Parley.Store.Domain;

public sealed partial class ParleyStore
{
    /// <summary>How many events the follower folds per hold of the fold gate, so the writer never waits long behind it.</summary>
    private const int FollowChunk = 4096;

    /// <summary>
    /// Folds into the state the events that other writers (other nodes on the same PostgreSQL database) committed since
    /// the state's version, reading them from the log; events this store wrote itself are already in the state and are
    /// never applied twice (the state's version is the last sequence number it holds). What the server's log follower
    /// calls when it is told of a commit, and on its poll. Returns how many events it folded.
    /// </summary>
    /// <exception cref="CorruptLogException">An event cannot be read or does not apply.</exception>
    public long CatchUp()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        long folded = 0;
        var chunk = new List<StoredEvent>(FollowChunk);
        // Read outside the gate (the writer may be mid-batch), folded under it; what the writer took in meanwhile is skipped.
        foreach (var stored in _log.Read(State.Version + 1))
        {
            chunk.Add(stored);
            if (chunk.Count == FollowChunk)
            {
                folded += Fold(chunk);
                chunk.Clear();
            }
        }
        return folded + Fold(chunk);
    }

    /// <summary>
    /// Called by the log inside the writer's append transaction, under the append lock, before the batch is decided:
    /// takes in what other writers appended since the state's version, so the batch is decided against the log as it is.
    /// Holds the fold gate until the batch has committed or failed (<see cref="EndTurn"/>).
    /// </summary>
    void IBatchProcessor<IssuedCommand, CommandOutcome>.CatchUp(AppendTurn turn)
    {
        _foldGate.Enter();
        var through = _committed.Version;
        if (turn.LastSequence > through)
        {
            Fold(turn.EventsAfter(through));
        }
    }

    /// <summary>The batch is over (committed or not): the follower may fold again.</summary>
    private void EndTurn()
    {
        if (_foldGate.IsHeldByCurrentThread)
        {
            _foldGate.Exit();
        }
    }

    /// <summary>Folds the events that follow the committed state on; those it already holds are skipped. Returns how many it folded.</summary>
    private int Fold(IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0)
        {
            return 0;
        }
        lock (_foldGate)
        {
            var state = _committed;
            var fold = new LogFold(_log.Location, state, (e, next) =>
            {
                _screen.Apply(e);
                if (e is Core.Events.ExchangeErased)
                {
                    SnapshotsErased();
                }
            });
            var folded = 0;
            foreach (var stored in events)
            {
                if (stored.Sequence <= fold.State.Version)
                {
                    continue;
                }
                if (stored.Sequence != fold.State.Version + 1)
                {
                    throw new CorruptLogException(_log.Location, stored.Sequence, stored.Type,
                        new InvalidDataException($"it follows event {fold.State.Version} of this node's state; the events between were not read"));
                }
                fold.Apply(stored);
                folded++;
            }
            if (folded > 0)
            {
                // Not fold.Finish(): an erased event's erasure may be in the next chunk of the same snapshot. The replay
                // on open checks the whole log for that.
                Publish(fold.State);
                SnapshotInBackgroundIfDue();
            }
            return folded;
        }
    }

    /// <summary>A state of committed events only: what readers see, and what the next batch is decided against.</summary>
    private void Publish(ParleyState state)
    {
        _tentative = state;
        Volatile.Write(ref _committed, state);
    }
}
