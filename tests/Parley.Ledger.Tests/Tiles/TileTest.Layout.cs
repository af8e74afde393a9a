using CsCheck;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Tiles;

public partial class TileTest
{
    [Fact]
    public void A_tree_of_70000_has_the_tiles_the_spec_lists()
    {
        var tiles = TileLayout.TilesFor(70000);
        Assert.Equal(273, tiles.Count(t => t.Level == 0 && !t.IsPartial));
        Assert.Equal([new Tile(0, 273, 112)], tiles.Where(t => t.Level == 0 && t.IsPartial));
        Assert.Equal([new Tile(1, 0, 256), new Tile(1, 1, 17)], tiles.Where(t => t.Level == 1));
        Assert.Equal([new Tile(2, 0, 1)], tiles.Where(t => t.Level == 2));
        Assert.Equal(277, tiles.Count);
    }

    [Fact]
    public void A_tree_of_256_has_one_full_tile_and_a_partial_tile_of_width_one_above()
    {
        Assert.Equal([new Tile(0, 0, 256), new Tile(1, 0, 1)], TileLayout.TilesFor(256));
        Assert.Empty(TileLayout.TilesFor(0));
    }

    [Fact]
    public void Growing_a_tree_publishes_the_new_and_grown_tiles_only()
    {
        Assert.Equal([new Tile(0, 0, 256), new Tile(0, 1, 4), new Tile(1, 0, 1)], TileLayout.TilesBetween(250, 260));
        Assert.Equal([new Tile(0, 1, 5)], TileLayout.TilesBetween(260, 261));
        Assert.Empty(TileLayout.TilesBetween(261, 261));
        Assert.Equal([new Tile(0, 1, 256), new Tile(1, 0, 2)], TileLayout.TilesBetween(511, 512));
    }

    [Fact]
    public void The_tiles_between_two_sizes_are_those_of_the_larger_tree_missing_from_the_smaller()
    {
        Gen.Long[0, 200_000].SelectMany(n => Gen.Long[0, n].Select(m => (m, n))).Sample(c =>
        {
            var before = TileLayout.TilesFor(c.m).ToHashSet();
            var expected = TileLayout.TilesFor(c.n).Where(t => !before.Contains(t)).ToList();
            Assert.Equal(expected, TileLayout.TilesBetween(c.m, c.n));
        }, iter: 200);
    }
}
