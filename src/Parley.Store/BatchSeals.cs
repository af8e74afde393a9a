using System.Diagnostics;

namespace Parley.Store;

/// <summary>
/// The seals of one batch, computed on a thread-pool thread while the writer inserts the rows: the hashing overlaps
/// the SQLite work instead of preceding it. Reading seal <c>i</c> waits until the sealer has reached it. If no pool
/// thread has picked the work up within a couple of milliseconds of the writer needing it (a busy pool), the writer
/// runs it itself, so a batch never waits long on the pool.
/// </summary>
internal sealed class BatchSeals
{
    private const int Unclaimed = 0;
    private const int Claimed = 1;
    private static readonly TimeSpan TakeOverAfter = TimeSpan.FromMilliseconds(2);
    private readonly EventSeal?[] _seals;
    private readonly Action<BatchSeals> _work;
    private readonly ManualResetEventSlim _done = new(false);
    private int _claim;
    private int _ready;
    private Exception? _failure;

    private BatchSeals(int count, Action<BatchSeals> work)
    {
        _seals = new EventSeal?[count];
        _work = work;
    }

    public int Count => _seals.Length;

    /// <summary>Starts <paramref name="work"/> (which calls <see cref="Set"/> for every index in order) on the pool.</summary>
    public static BatchSeals Start(int count, Action<BatchSeals> work)
    {
        var seals = new BatchSeals(count, work);
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.RunIfUnclaimed(), seals, preferLocal: false);
        return seals;
    }

    /// <summary>The seal of event <paramref name="index"/> of the batch, once it is computed.</summary>
    public EventSeal this[int index]
    {
        get
        {
            var spin = default(SpinWait);
            long started = 0;
            while (Volatile.Read(ref _ready) <= index)
            {
                if (Volatile.Read(ref _failure) is not null)
                {
                    Wait();
                    break;
                }
                if (Volatile.Read(ref _claim) == Unclaimed && spin.Count > 16)
                {
                    // Waking a pool thread can take a few hundred microseconds; only past TakeOverAfter does the writer
                    // conclude the pool is busy and seal the batch itself.
                    started = started == 0 ? Stopwatch.GetTimestamp() : started;
                    if (Stopwatch.GetElapsedTime(started) > TakeOverAfter)
                    {
                        Wait();
                        break;
                    }
                }
                spin.SpinOnce(sleep1Threshold: -1);
            }
            return _seals[index]!;
        }
    }

    /// <summary>Records the seal of event <paramref name="index"/>; called by the work in index order.</summary>
    public void Set(int index, EventSeal seal)
    {
        _seals[index] = seal;
        Volatile.Write(ref _ready, index + 1);
    }

    /// <summary>Waits until the work is over (running it here if nobody has started it) and rethrows its failure.</summary>
    public void Wait()
    {
        RunIfUnclaimed();
        _done.Wait();
        if (_failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private void RunIfUnclaimed()
    {
        if (Interlocked.CompareExchange(ref _claim, Claimed, Unclaimed) != Unclaimed)
        {
            return;
        }
        try
        {
            _work(this);
        }
        catch (Exception e)
        {
            Volatile.Write(ref _failure, e);
        }
        finally
        {
            _done.Set();
        }
    }
}
