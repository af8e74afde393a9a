using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Tiles;

public partial class TileTest
{
    public static TheoryData<int, long, int, string> Paths() => new()
    {
        { 0, 1234067, 256, "tile/0/x001/x234/067" },
        { 0, 1234067, 8, "tile/0/x001/x234/067.p/8" },
        { 3, 1234067, 8, "tile/3/x001/x234/067.p/8" },
        { 0, 0, 256, "tile/0/000" },
        { 1, 0, 1, "tile/1/000.p/1" },
        { 2, 999, 256, "tile/2/999" },
        { 0, 1000, 255, "tile/0/x001/000.p/255" },
        { 63, 5, 256, "tile/63/005" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_tile_path_follows_the_spec_and_parses_back(int level, long index, int width, string path)
    {
        var tile = new Tile(level, index, width);
        Assert.Equal(path, tile.Path);
        Assert.Equal(tile, Tile.ParsePath(path));
    }

    [Theory]
    [InlineData(1234067, 8, "tile/entries/x001/x234/067.p/8")]
    [InlineData(1234067, 256, "tile/entries/x001/x234/067")]
    [InlineData(0, 1, "tile/entries/000.p/1")]
    public void An_entry_bundle_path_follows_the_spec_and_parses_back(long index, int width, string path)
    {
        var tile = new Tile(0, index, width);
        Assert.Equal(path, tile.EntriesPath);
        Assert.Equal(tile, Tile.ParseEntriesPath(path));
    }

    [Theory]
    [InlineData("tile/0/1234067")]
    [InlineData("tile/00/000")]
    [InlineData("tile/64/000")]
    [InlineData("tile/0/x001/x234/67")]
    [InlineData("tile/0/001/234")]
    [InlineData("tile/0/x000/001")]
    [InlineData("tile/0/000.p/256")]
    [InlineData("tile/0/000.p/0")]
    [InlineData("tile/0/000.p/08")]
    [InlineData("tiles/0/000")]
    [InlineData("tile/0")]
    [InlineData("tile/entries/000")]
    public void A_malformed_tile_path_is_rejected(string path)
    {
        var error = Assert.Throws<TilePathException>(() => Tile.ParsePath(path));
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Only_level_zero_tiles_have_entry_bundles()
    {
        Assert.Throws<InvalidOperationException>(() => new Tile(1, 0, 256).EntriesPath);
    }
}
