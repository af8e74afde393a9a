using Xunit;

namespace Parley.Store.Tests;

public sealed class BatchSealsTests
{
    private static EventSeal SealNumbered(int n) => new(null, null, null, null, [(byte)n]);

    [Fact]
    public void the_writer_gets_every_seal_in_order_and_the_finishing_step_sees_them_all_in_order()
    {
        for (var batch = 0; batch < 200; batch++)
        {
            var count = 1 + batch % 40;
            IReadOnlyList<EventSeal>? finished = null;
            var seals = BatchSeals.Start(count, SealNumbered, all => finished = all);
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(i, seals[i].LeafHash[0]);
            }
            seals.Wait();
            Assert.Equal(Enumerable.Range(0, count), finished!.Select(s => (int)s.LeafHash[0]));
        }
    }

    [Fact]
    public void each_event_is_sealed_exactly_once_whichever_thread_seals_it()
    {
        var calls = new int[500];
        var seals = BatchSeals.Start(calls.Length, i =>
        {
            Interlocked.Increment(ref calls[i]);
            Thread.SpinWait(200);
            return SealNumbered(i % 256);
        }, _ => { });
        for (var i = 0; i < calls.Length; i++)
        {
            Assert.Equal(i % 256, seals[i].LeafHash[0]);
        }
        seals.Wait();
        Assert.All(calls, c => Assert.Equal(1, c));
    }

    [Fact]
    public void seals_are_handed_out_while_the_finishing_step_is_still_running()
    {
        using var gate = new ManualResetEventSlim(false);
        var seals = BatchSeals.Start(3, SealNumbered, _ => gate.Wait(TimeSpan.FromSeconds(10)));

        Assert.Equal(2, seals[2].LeafHash[0]);
        Assert.Equal(0, seals[0].LeafHash[0]);
        gate.Set();
        seals.Wait();
    }

    [Fact]
    public void a_failure_while_sealing_reaches_the_writer_waiting_for_a_seal_and_the_one_waiting_for_the_end()
    {
        var seals = BatchSeals.Start(3, i => i == 1 ? throw new InvalidOperationException("the tree is out of step") : SealNumbered(i), _ => { });

        var failure = Record.Exception(() => { for (var i = 0; i < 3; i++) { _ = seals[i]; } });
        Assert.Equal("the tree is out of step", Assert.IsType<InvalidOperationException>(failure).Message);
        Assert.Throws<InvalidOperationException>(seals.Wait);
    }

    [Fact]
    public void a_failure_of_the_finishing_step_reaches_the_one_waiting_for_the_end()
    {
        var seals = BatchSeals.Start(2, SealNumbered, _ => throw new InvalidOperationException("signing failed"));
        _ = seals[0];
        _ = seals[1];
        Assert.Equal("signing failed", Assert.Throws<InvalidOperationException>(seals.Wait).Message);
    }
}
