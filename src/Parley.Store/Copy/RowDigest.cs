using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Parley.Store.Copy;

/// <summary>
/// A SHA-256 digest of a table's rows, in order, that does not depend on the store they came from: each value is encoded
/// as a tag (null, integer, text, bytes), then an integer as 8 bytes big-endian, text as its UTF-8 bytes and bytes as
/// they are, both after a 4-byte length. Two tables have equal digests exactly when they hold the same rows.
/// </summary>
internal sealed class RowDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _scratch = new byte[9];

    /// <summary>The number of rows added.</summary>
    public long Rows { get; private set; }

    public void Add(object?[] row)
    {
        foreach (var value in row)
        {
            switch (value)
            {
                case null:
                    _hash.AppendData([0]);
                    break;
                case long number:
                    _scratch[0] = 1;
                    BinaryPrimitives.WriteInt64BigEndian(_scratch.AsSpan(1), number);
                    _hash.AppendData(_scratch);
                    break;
                case string text:
                    Bytes(2, Encoding.UTF8.GetBytes(text));
                    break;
                case byte[] bytes:
                    Bytes(3, bytes);
                    break;
                default:
                    throw new ArgumentException($"a row value is null, long, string or byte[]; got {value.GetType().Name}.", nameof(row));
            }
        }
        Rows++;
    }

    /// <summary>The digest of the rows added, in lowercase hex.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    private void Bytes(byte tag, byte[] bytes)
    {
        _scratch[0] = tag;
        BinaryPrimitives.WriteInt32BigEndian(_scratch.AsSpan(1), bytes.Length);
        _hash.AppendData(_scratch.AsSpan(0, 5));
        _hash.AppendData(bytes);
    }
}
