using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Store.PublicRecord;

/// <summary>
/// The layout of a <c>merkle_inner</c> row: for a full tile at tile level l, the hashes of Merkle levels 8·l + r for
/// r = 1 … 7 that lie inside it — 128, 64, …, 2 of them, in that order, 254 in all — so that a proof reads them instead
/// of hashing up to 255 nodes per tile.
/// </summary>
internal static class InnerHashes
{
    /// <summary>Hashes in one row.</summary>
    public const int Count = Tile.FullWidth - 2;

    /// <summary>Bytes in one row.</summary>
    public const int ByteLength = Count * Hash.Size;

    /// <summary>Where (in hashes) the node at <paramref name="r"/> levels above the tile's level, position <paramref name="position"/> within the tile, is.</summary>
    public static int Offset(int r, long position) => Tile.FullWidth - (1 << (Tile.Height + 1 - r)) + (int)position;

    /// <summary>Computes the inner hashes of <paramref name="tile"/> into <paramref name="inner"/> (as far as complete).</summary>
    public static void Compute(IReadOnlyList<Hash> tile, byte[] inner)
    {
        var level = tile.ToList();
        for (var r = 1; r < Tile.Height; r++)
        {
            var next = new List<Hash>(level.Count / 2);
            for (var i = 0; i + 1 < level.Count; i += 2)
            {
                var hash = MerkleHash.NodeHash(level[i], level[i + 1]);
                hash.CopyTo(inner.AsSpan(Offset(r, next.Count) * Hash.Size));
                next.Add(hash);
            }
            level = next;
        }
    }
}
