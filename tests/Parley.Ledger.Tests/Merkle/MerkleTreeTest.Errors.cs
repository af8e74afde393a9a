using Parley.Ledger.Merkle;
using Parley.Ledger.Tests.Support;

namespace Parley.Ledger.Tests.Merkle;

public partial class MerkleTreeTest
{
    [Fact]
    public void An_inclusion_proof_for_an_index_outside_the_tree_names_the_index_and_size()
    {
        var tree = new MerkleTree(Small.Value);
        var error = Assert.Throws<IndexOutsideTreeException>(() => tree.InclusionProof(7, 5));
        Assert.Equal(7, error.Index);
        Assert.Equal(5, error.TreeSize);
        Assert.StartsWith("index 7 is outside a tree of size 5", error.Message);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(6, 5)]
    [InlineData(-1, 5)]
    public void A_consistency_proof_needs_old_size_between_one_and_new_size(long oldSize, long newSize)
    {
        var tree = new MerkleTree(Small.Value);
        var error = Assert.Throws<InvalidTreeSizesException>(() => tree.ConsistencyProof(oldSize, newSize));
        Assert.Equal(oldSize, error.OldSize);
        Assert.Equal(newSize, error.NewSize);
    }

    [Fact]
    public void A_root_beyond_the_stored_size_reports_the_missing_subtree()
    {
        var tree = new MerkleTree(Small.Value);
        var error = Assert.Throws<MissingSubtreeHashException>(() => tree.RootAt(9));
        Assert.Equal(new NodeId(0, 8), error.Node);
    }

    [Fact]
    public void Checking_a_bad_proof_says_which_check_failed()
    {
        var store = Small.Value;
        var tree = new MerkleTree(store);
        var proof = tree.InclusionProof(2, 5);
        var error = Assert.Throws<ProofVerificationException>(
            () => MerkleProof.CheckInclusion(store.ReadHash(0, 2), 2, 5, proof.Take(1).ToList(), tree.RootAt(5)));
        Assert.Contains("fewer than a tree of size 5 needs", error.Reason);
        var consistency = Assert.Throws<ProofVerificationException>(
            () => MerkleProof.CheckConsistency(3, 5, tree.RootAt(3), Bits.Flip(tree.RootAt(5), 0), tree.ConsistencyProof(3, 5)));
        Assert.Contains("new root", consistency.Reason);
    }

    [Fact]
    public void An_empty_consistency_proof_between_different_sizes_fails()
    {
        var tree = new MerkleTree(Small.Value);
        Assert.False(MerkleProof.VerifyConsistency(3, 5, tree.RootAt(3), tree.RootAt(5), []));
    }

    [Fact]
    public void Equal_sizes_need_an_empty_proof_and_equal_roots()
    {
        var tree = new MerkleTree(Small.Value);
        Assert.True(MerkleProof.VerifyConsistency(5, 5, tree.RootAt(5), tree.RootAt(5), []));
        Assert.False(MerkleProof.VerifyConsistency(5, 5, tree.RootAt(5), tree.RootAt(4), []));
        Assert.False(MerkleProof.VerifyConsistency(5, 5, tree.RootAt(5), tree.RootAt(5), [tree.RootAt(5)]));
    }
}
