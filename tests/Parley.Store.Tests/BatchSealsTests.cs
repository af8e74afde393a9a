using Xunit;

namespace Parley.Store.Tests;

public sealed class BatchSealsTests
{
    private static EventSeal SealNumbered(int n) => new(null, null, null, null, [(byte)n]);

    [Fact]
    public void a_seal_is_handed_out_as_soon_as_it_is_ready_while_the_rest_are_still_being_computed()
    {
        using var gate = new ManualResetEventSlim(false);
        var seals = BatchSeals.Start(3, s =>
        {
            s.Set(0, SealNumbered(0));
            gate.Wait(TimeSpan.FromSeconds(10));
            s.Set(1, SealNumbered(1));
            s.Set(2, SealNumbered(2));
        });

        Assert.Equal(0, seals[0].LeafHash[0]);
        gate.Set();
        Assert.Equal(2, seals[2].LeafHash[0]);
        Assert.Equal(1, seals[1].LeafHash[0]);
        seals.Wait();
    }

    [Fact]
    public void a_failure_of_the_sealing_work_reaches_the_writer_waiting_for_a_seal_and_the_one_waiting_for_the_end()
    {
        var seals = BatchSeals.Start(3, s =>
        {
            s.Set(0, SealNumbered(0));
            throw new InvalidOperationException("the tree is out of step");
        });

        Assert.Equal(0, seals[0].LeafHash[0]);
        Assert.Equal("the tree is out of step", Assert.Throws<InvalidOperationException>(() => seals[1]).Message);
        Assert.Throws<InvalidOperationException>(seals.Wait);
    }

    [Fact]
    public void every_seal_of_many_batches_arrives_in_order_whoever_runs_the_work()
    {
        for (var batch = 0; batch < 200; batch++)
        {
            var count = 1 + batch % 40;
            var seals = BatchSeals.Start(count, s =>
            {
                for (var i = 0; i < s.Count; i++)
                {
                    s.Set(i, SealNumbered(i));
                }
            });
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(i, seals[i].LeafHash[0]);
            }
            seals.Wait();
        }
    }
}
