using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tests.Merkle;

public class MerkleTreeBuilderTest
{
    [Fact]
    public void Appending_a_leaf_reports_it_and_every_subtree_it_completes()
    {
        var builder = new MerkleTreeBuilder();
        var leaves = Enumerable.Range(0, 4).Select(i => MerkleHash.LeafHash([(byte)i])).ToList();
        builder.Append(leaves.Take(3));

        var completed = builder.Append([leaves[3]]);

        Assert.Equal(
            [new NodeId(0, 3), new NodeId(1, 1), new NodeId(2, 0)],
            completed.Select(c => c.Node));
        Assert.Equal(MerkleHash.NodeHash(MerkleHash.NodeHash(leaves[0], leaves[1]), MerkleHash.NodeHash(leaves[2], leaves[3])), completed[^1].Hash);
        Assert.Equal(completed[^1].Hash, builder.Root);
    }

    [Fact]
    public void Every_leaf_appended_completes_as_many_subtrees_as_trailing_ones_of_its_index_plus_one()
    {
        var builder = new MerkleTreeBuilder();
        for (long i = 0; i < 600; i++)
        {
            var completed = builder.Append([MerkleHash.LeafHash(BitConverter.GetBytes(i))]);
            Assert.Equal(System.Numerics.BitOperations.TrailingZeroCount(~i) + 1, completed.Count);
        }
    }

    [Fact]
    public void A_resumed_builder_continues_the_same_tree()
    {
        var store = new InMemoryHashStore();
        for (var i = 0; i < 300; i++)
        {
            store.AppendData([(byte)i, 1]);
        }
        var resumed = MerkleTreeBuilder.Resume(123, store);
        Assert.Equal(new MerkleTree(store).RootAt(123), resumed.Root);

        var reference = new MerkleTreeBuilder();
        reference.Append(Enumerable.Range(0, 123).Select(i => store.ReadHash(0, i)));
        for (var i = 123; i < 300; i++)
        {
            Assert.Equal(reference.Append([store.ReadHash(0, i)]), resumed.Append([store.ReadHash(0, i)]));
        }
        Assert.Equal(store.Root, resumed.Root);
        Assert.Equal(300, resumed.Size);
    }
}
