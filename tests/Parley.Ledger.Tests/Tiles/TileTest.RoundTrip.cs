using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Tiles;

public partial class TileTest
{
    private static readonly Lazy<InMemoryHashStore> Store70000 = new(() =>
    {
        var store = new InMemoryHashStore();
        for (var i = 0; i < 70000; i++)
        {
            store.AppendData(System.Text.Encoding.UTF8.GetBytes($"entry-{i}"));
        }
        return store;
    });

    private static Dictionary<Tile, byte[]> Publish(IHashReader store, long size) =>
        TileLayout.TilesFor(size).ToDictionary(t => t, t => TileLayout.ReadTile(store, t));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(1000)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65537)]
    [InlineData(70000)]
    public void The_root_from_published_tiles_equals_the_root_from_the_store(long size)
    {
        var store = Store70000.Value;
        var tiles = Publish(store, size);
        var fetched = 0;
        var reader = new TileHashReader(size, t => { fetched++; return tiles[t]; });

        Assert.Equal(new MerkleTree(store).RootAt(size), new MerkleTree(reader).RootAt(size));
        Assert.True(fetched <= 8, $"a root needs at most one tile per level and per partial; fetched {fetched}");
    }

    [Theory]
    [InlineData(0, 70000)]
    [InlineData(69999, 70000)]
    [InlineData(65535, 65537)]
    [InlineData(300, 1000)]
    public void Proofs_from_published_tiles_equal_proofs_from_the_store(long index, long size)
    {
        var store = Store70000.Value;
        var tiles = Publish(store, size);
        var fromTiles = new MerkleTree(new TileHashReader(size, t => tiles[t]));
        var fromStore = new MerkleTree(store);

        Assert.Equal(fromStore.InclusionProof(index, size), fromTiles.InclusionProof(index, size));
        Assert.Equal(fromStore.ConsistencyProof(index + 1, size), fromTiles.ConsistencyProof(index + 1, size));
    }

    [Fact]
    public void A_tile_of_the_wrong_length_is_rejected_naming_its_path()
    {
        var store = Store70000.Value;
        var tiles = Publish(store, 300);
        var reader = new TileHashReader(300, t => t.Path == "tile/0/001.p/44" ? tiles[t].AsMemory(0, 64) : tiles[t]);
        var error = Assert.Throws<InvalidTileException>(() => new MerkleTree(reader).RootAt(300));
        Assert.Equal("tile/0/001.p/44", error.Path);
        Assert.Contains("must be 1408 bytes; got 64", error.Message);
    }

    [Fact]
    public void A_subtree_not_complete_in_the_tree_is_not_read_from_tiles()
    {
        var reader = new TileHashReader(300, _ => throw new InvalidOperationException("no fetch expected"));
        Assert.Throws<MissingSubtreeHashException>(() => reader.ReadHash(2, 75));
    }

    [Fact]
    public void Entry_bundles_round_trip_and_hash_to_the_level_zero_tile()
    {
        var store = Store70000.Value;
        var tile = new Tile(0, 1, 44);
        var entries = Enumerable.Range(256, 44).Select(i => (ReadOnlyMemory<byte>)System.Text.Encoding.UTF8.GetBytes($"entry-{i}")).ToList();

        var bundle = EntryBundle.Encode(entries);
        var decoded = EntryBundle.Decode(bundle, tile);

        Assert.Equal(entries.Select(e => e.ToArray()), decoded);
        var leafHashes = decoded.SelectMany(e => MerkleHash.LeafHash(e).ToArray()).ToArray();
        Assert.Equal(TileLayout.ReadTile(store, tile), leafHashes);
    }

    [Fact]
    public void An_entry_bundle_is_length_prefixed_big_endian()
    {
        Assert.Equal([0x00, 0x02, 0xAA, 0xBB, 0x00, 0x00], EntryBundle.Encode([new byte[] { 0xAA, 0xBB }, Array.Empty<byte>()]));
    }

    [Theory]
    [InlineData(new byte[] { 0x00 }, 1, "length prefix")]
    [InlineData(new byte[] { 0x00, 0x05, 0x01 }, 1, "claims 5 bytes")]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00 }, 1, "follow the 1 entries")]
    [InlineData(new byte[] { 0x00, 0x00 }, 2, "should hold 2")]
    public void A_malformed_entry_bundle_is_rejected_saying_what_is_wrong(byte[] bundle, int width, string problem)
    {
        var error = Assert.Throws<InvalidTileException>(() => EntryBundle.Decode(bundle, new Tile(0, 0, width)));
        Assert.Contains(problem, error.Message);
        Assert.StartsWith("tile/entries/000", error.Path);
    }

    [Fact]
    public void An_entry_longer_than_65535_bytes_cannot_be_bundled()
    {
        Assert.Throws<ArgumentException>(() => EntryBundle.Encode([new byte[65536]]));
    }
}
