using System.Globalization;
using System.Text;

namespace Parley.Ledger.Tiles;

/// <summary>
/// A tile of C2SP tlog-tiles (https://c2sp.org/tlog-tiles): the <see cref="Width"/> consecutive hashes
/// starting at <see cref="Index"/>·256 of Merkle level 8·<see cref="Level"/> (a full tile has 256, a
/// partial one 1..255). Its path is <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c>; at level 0 the matching
/// entry bundle is <c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>. Immutable.
/// </summary>
public readonly record struct Tile
{
    /// <summary>Merkle levels per tile.</summary>
    public const int Height = 8;

    /// <summary>Hashes in a full tile (2^8).</summary>
    public const int FullWidth = 256;

    /// <summary>The highest tile level the spec allows.</summary>
    public const int MaxLevel = 63;

    public Tile(int level, long index, int width)
    {
        Preconditions.CheckRange(level, 0, MaxLevel, nameof(level));
        Preconditions.CheckNonNegative(index, nameof(index));
        Preconditions.CheckRange(width, 1, FullWidth, nameof(width));
        Level = level;
        Index = index;
        Width = width;
    }

    public int Level { get; }

    public long Index { get; }

    public int Width { get; }

    public bool IsPartial => Width < FullWidth;

    /// <summary>The tile's content length: 32 bytes per hash.</summary>
    public int ByteLength => Width * Merkle.Hash.Size;

    /// <summary><c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c>.</summary>
    public string Path => $"tile/{Level.ToString(CultureInfo.InvariantCulture)}/{EncodeIndex(Index)}{PartialSuffix}";

    /// <summary><c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>; only level-0 tiles have entry bundles.</summary>
    public string EntriesPath
    {
        get
        {
            if (Level != 0)
            {
                throw new InvalidOperationException($"only level-0 tiles have entry bundles; this tile is at level {Level}.");
            }
            return $"tile/entries/{EncodeIndex(Index)}{PartialSuffix}";
        }
    }

    private string PartialSuffix => IsPartial ? ".p/" + Width.ToString(CultureInfo.InvariantCulture) : "";

    public override string ToString() => Path;

    /// <summary>
    /// Encodes a tile index as zero-padded 3-digit path elements, all but the last prefixed with 'x':
    /// 1234067 → <c>x001/x234/067</c>.
    /// </summary>
    public static string EncodeIndex(long index)
    {
        Preconditions.CheckNonNegative(index, nameof(index));
        var groups = new List<long>();
        do
        {
            groups.Add(index % 1000);
            index /= 1000;
        }
        while (index > 0);
        var builder = new StringBuilder();
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            builder.Append(i > 0 ? "x" : "").Append(groups[i].ToString("000", CultureInfo.InvariantCulture));
            if (i > 0)
            {
                builder.Append('/');
            }
        }
        return builder.ToString();
    }

    /// <summary>Parses <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c> (not an entries path).</summary>
    /// <exception cref="TilePathException">The path is not a canonical tile path.</exception>
    public static Tile ParsePath(string path)
    {
        var (tile, isEntries) = ParseAny(path);
        if (isEntries)
        {
            throw new TilePathException(path, "this is an entry bundle path, not a hash tile path");
        }
        return tile;
    }

    /// <summary>Parses <c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>, returning the matching level-0 tile.</summary>
    /// <exception cref="TilePathException">The path is not a canonical entry bundle path.</exception>
    public static Tile ParseEntriesPath(string path)
    {
        var (tile, isEntries) = ParseAny(path);
        if (!isEntries)
        {
            throw new TilePathException(path, "this is a hash tile path, not an entry bundle path");
        }
        return tile;
    }

    private static (Tile Tile, bool IsEntries) ParseAny(string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        var parts = path.Split('/');
        if (parts.Length < 3 || parts[0] != "tile")
        {
            throw new TilePathException(path, "a tile path starts with \"tile/<L>/\" or \"tile/entries/\"");
        }
        var isEntries = parts[1] == "entries";
        var level = 0;
        if (!isEntries && !TryParseDecimal(parts[1], MaxLevel, out level))
        {
            throw new TilePathException(path, $"the level \"{parts[1]}\" must be a decimal number from 0 to {MaxLevel} without leading zeros");
        }
        var width = FullWidth;
        var last = parts.Length - 1;
        if (parts.Length >= 4 && parts[^2].EndsWith(".p", StringComparison.Ordinal))
        {
            if (!TryParseDecimal(parts[^1], FullWidth - 1, out width) || width == 0)
            {
                throw new TilePathException(path, $"the partial width \"{parts[^1]}\" must be a decimal number from 1 to 255 without leading zeros");
            }
            parts[^2] = parts[^2][..^2];
            last = parts.Length - 2;
        }
        long index = 0;
        for (var i = 2; i <= last; i++)
        {
            var element = parts[i];
            var isLast = i == last;
            var digits = isLast ? element : element.StartsWith('x') ? element[1..] : null;
            if (digits is null || digits.Length != 3 || !digits.All(char.IsAsciiDigit))
            {
                throw new TilePathException(path, isLast
                    ? $"the last index element \"{element}\" must be three digits"
                    : $"the index element \"{element}\" must be 'x' and three digits");
            }
            if (i == 2 && !isLast && digits == "000")
            {
                throw new TilePathException(path, "the index must not start with a zero element \"x000\"");
            }
            if (index > (long.MaxValue - 999) / 1000)
            {
                throw new TilePathException(path, "the index is too large");
            }
            index = index * 1000 + int.Parse(digits, CultureInfo.InvariantCulture);
        }
        return (new Tile(level, index, width), isEntries);
    }

    private static bool TryParseDecimal(string text, int max, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 3 || !text.All(char.IsAsciiDigit) || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }
        value = int.Parse(text, CultureInfo.InvariantCulture);
        return value <= max;
    }
}
