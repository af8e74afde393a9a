using CsCheck;
using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Tiles;

public partial class TileTest
{
    [Fact]
    public void Roots_and_proofs_from_tiles_equal_the_store_at_random_sizes_and_only_published_tiles_are_fetched()
    {
        var store = Store70000.Value;
        var fromStore = new MerkleTree(store);
        Gen.Long[1, 70000].SelectMany(n => Gen.Long[0, n - 1].Select(i => (i, n))).Sample(c =>
        {
            var published = TileLayout.TilesFor(c.n).ToHashSet();
            var reader = new TileHashReader(c.n, t =>
            {
                Assert.Contains(t, published);
                return TileLayout.ReadTile(store, t);
            });
            var fromTiles = new MerkleTree(reader);
            Assert.Equal(fromStore.RootAt(c.n), fromTiles.RootAt(c.n));
            Assert.Equal(fromStore.InclusionProof(c.i, c.n), fromTiles.InclusionProof(c.i, c.n));
            Assert.Equal(fromStore.ConsistencyProof(c.i + 1, c.n), fromTiles.ConsistencyProof(c.i + 1, c.n));
        }, iter: 150);
    }
}
