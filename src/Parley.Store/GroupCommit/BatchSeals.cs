namespace Parley.Store;

/// <summary>
/// The seals of one batch, computed while the writer inserts the rows so that the hashing overlaps the SQLite work
/// instead of preceding it. A seal depends only on its own event, so a thread-pool thread and the writer share the work:
/// each takes the next unsealed event in turn, and the writer, needing seal <c>i</c> before the pool thread has even
/// woken, seals the first events itself rather than wait. Once every seal is done, the one ordered step (extending the
/// Merkle tree, signing the checkpoint) runs on the pool thread, or on the writer at <see cref="Wait"/> if the pool
/// never got to it.
/// </summary>
internal sealed class BatchSeals
{
    private const int Unclaimed = 0;
    private const int Claimed = 1;
    private readonly EventSeal?[] _seals;
    private readonly Func<int, EventSeal> _sealOne;
    private readonly Action<IReadOnlyList<EventSeal>> _finish;
    private readonly ManualResetEventSlim _done = new(false);
    private int _next;
    private int _finisher;
    private Exception? _failure;

    private BatchSeals(int count, Func<int, EventSeal> sealOne, Action<IReadOnlyList<EventSeal>> finish)
    {
        _seals = new EventSeal?[count];
        _sealOne = sealOne;
        _finish = finish;
    }

    public int Count => _seals.Length;

    /// <summary>
    /// Starts sealing <paramref name="count"/> events: <paramref name="sealOne"/> (called once per index, on either
    /// thread, in any order) then <paramref name="finish"/> with every seal in order (called once, after all of them).
    /// </summary>
    public static BatchSeals Start(int count, Func<int, EventSeal> sealOne, Action<IReadOnlyList<EventSeal>> finish)
    {
        var seals = new BatchSeals(count, sealOne, finish);
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.RunIfUnclaimed(), seals, preferLocal: false);
        return seals;
    }

    /// <summary>The seal of event <paramref name="index"/> of the batch: sealing events here until it is done.</summary>
    public EventSeal this[int index]
    {
        get
        {
            var spin = default(SpinWait);
            EventSeal? seal;
            while ((seal = Volatile.Read(ref _seals[index])) is null)
            {
                ThrowIfFailed();
                if (!SealNext())
                {
                    spin.SpinOnce(sleep1Threshold: -1); // the other thread is sealing this one
                }
            }
            return seal;
        }
    }

    /// <summary>Waits until the batch is finished (finishing it here if no pool thread has started) and rethrows a failure.</summary>
    public void Wait()
    {
        RunIfUnclaimed();
        _done.Wait();
        ThrowIfFailed();
    }

    private void RunIfUnclaimed()
    {
        if (Interlocked.CompareExchange(ref _finisher, Claimed, Unclaimed) != Unclaimed)
        {
            return;
        }
        try
        {
            while (SealNext())
            {
            }
            var spin = default(SpinWait);
            for (var i = 0; i < _seals.Length; i++)
            {
                while (Volatile.Read(ref _seals[i]) is null)
                {
                    ThrowIfFailed();
                    spin.SpinOnce(sleep1Threshold: -1); // the writer is sealing it
                }
            }
            _finish(_seals!);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
        finally
        {
            _done.Set();
        }
    }

    /// <summary>Seals the next event nobody has taken; false when every event is taken.</summary>
    private bool SealNext()
    {
        var index = Interlocked.Increment(ref _next) - 1;
        if (index >= _seals.Length)
        {
            return false;
        }
        try
        {
            Volatile.Write(ref _seals[index], _sealOne(index));
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
        return true;
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }
}
