using System.Buffers.Binary;
using System.Text;
using Parley.Ledger.Merkle;

namespace Parley.Ledger.Records;

/// <summary>
/// The leaf data of one Parley event: the canonical byte encoding of its public part, defined in
/// docs/public-record.md §7 ("Leaf encoding of Parley events"). All integers big-endian:
/// <code>
/// 0x01                                   version
/// uint64  sequence                       1, 2, 3, … (leaf index + 1)
/// int64   recorded at                    milliseconds since the Unix epoch, ≥ 0
/// uint8   n || n bytes                   event type, UTF-8, 1–255 bytes
/// uint32  m || m bytes                   public part, UTF-8 JSON, exactly as stored
/// uint8   flags                          0x01: a commitment follows; 0x02: a signature follows; no other bits
/// [32 bytes]                             commitment to the private part (Commitment), if flag 0x01
/// [uint32 key ID || 64 bytes]            submitter's key ID and Ed25519 signature, if flag 0x02
/// </code>
/// The leaf hash is RFC 9162's <c>SHA-256(0x00 || leaf data)</c>. Immutable.
/// </summary>
public sealed record EventLeaf
{
    /// <summary>The version byte this encoding starts with.</summary>
    public const byte Version = 0x01;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private const byte HasCommitment = 0x01;
    private const byte HasSignature = 0x02;

    private const int MaxStackLength = 1024;

    private readonly byte[] _public;

    public EventLeaf(long sequence, string type, long recordedAtUnixMs, ReadOnlySpan<byte> publicPart, Hash? commitment, LeafSignature? signature)
    {
        Preconditions.CheckRange(sequence, 1, long.MaxValue, nameof(sequence));
        Preconditions.CheckNotNull(type, nameof(type));
        var typeLength = Encoding.UTF8.GetByteCount(type);
        Preconditions.CheckArgument(typeLength is >= 1 and <= 255, nameof(type), $"an event type is 1 to 255 UTF-8 bytes; got {typeLength}.");
        Preconditions.CheckNonNegative(recordedAtUnixMs, nameof(recordedAtUnixMs));
        Sequence = sequence;
        Type = type;
        RecordedAtUnixMs = recordedAtUnixMs;
        _public = publicPart.ToArray();
        Commitment = commitment;
        Signature = signature;
    }

    public long Sequence { get; }

    public string Type { get; }

    public long RecordedAtUnixMs { get; }

    /// <summary>The public part: UTF-8 JSON bytes exactly as the log stores them.</summary>
    public ReadOnlySpan<byte> Public => _public;

    /// <summary>The commitment to the private part; null when the event has none.</summary>
    public Hash? Commitment { get; }

    /// <summary>The submitter's signature; null when the event was not a signed submission.</summary>
    public LeafSignature? Signature { get; }

    /// <summary>The leaf data (see the type's summary).</summary>
    public byte[] Encode()
    {
        var data = new byte[EncodedLength(Type, _public.Length, Commitment is not null, Signature is not null)];
        Write(data, Sequence, Type, RecordedAtUnixMs, _public, Commitment, Signature);
        return data;
    }

    /// <summary>The RFC 9162 leaf hash of <see cref="Encode"/>.</summary>
    public Hash LeafHash() => ComputeLeafHash(Sequence, Type, RecordedAtUnixMs, _public, Commitment, Signature);

    /// <summary>
    /// The leaf hash <c>SHA-256(0x00 || leaf data)</c> of the leaf these fields encode, without building the leaf:
    /// the hot path of appending. Arguments are not validated beyond what the encoding needs.
    /// </summary>
    public static Hash ComputeLeafHash(long sequence, string type, long recordedAtUnixMs, ReadOnlySpan<byte> publicPart, Hash? commitment, LeafSignature? signature)
    {
        var length = 1 + EncodedLength(type, publicPart.Length, commitment is not null, signature is not null);
        // Exactly the length needed: a fixed-size stackalloc would be zeroed in full on every call.
        var rented = length <= MaxStackLength ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        try
        {
            buffer[0] = 0x00;
            Write(buffer[1..], sequence, type, recordedAtUnixMs, publicPart, commitment, signature);
            return Hash.Sha256(buffer);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int EncodedLength(string type, int publicLength, bool hasCommitment, bool hasSignature) =>
        1 + 8 + 8 + 1 + Encoding.UTF8.GetByteCount(type) + 4 + publicLength + 1
        + (hasCommitment ? Hash.Size : 0) + (hasSignature ? 4 + LeafSignature.SignatureSize : 0);

    private static void Write(Span<byte> span, long sequence, string type, long recordedAtUnixMs, ReadOnlySpan<byte> publicPart, Hash? commitment, LeafSignature? signature)
    {
        span[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(span[1..], sequence);
        BinaryPrimitives.WriteInt64BigEndian(span[9..], recordedAtUnixMs);
        var typeLength = Encoding.UTF8.GetBytes(type, span[18..]);
        span[17] = (byte)typeLength;
        var offset = 18 + typeLength;
        BinaryPrimitives.WriteUInt32BigEndian(span[offset..], (uint)publicPart.Length);
        publicPart.CopyTo(span[(offset + 4)..]);
        offset += 4 + publicPart.Length;
        span[offset++] = (byte)((commitment is null ? 0 : HasCommitment) | (signature is null ? 0 : HasSignature));
        if (commitment is { } c)
        {
            c.CopyTo(span[offset..]);
            offset += Hash.Size;
        }
        if (signature is { } s)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[offset..], s.KeyId);
            s.Signature.CopyTo(span[(offset + 4)..]);
        }
    }

    /// <summary>Parses leaf data strictly: every field present, nothing left over.</summary>
    /// <exception cref="LeafFormatException">The bytes are not a valid leaf; the message names the byte and the rule.</exception>
    public static EventLeaf Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length < 1 || data[0] != Version)
        {
            throw new LeafFormatException(0, data.Length == 0 ? "the leaf is empty" : $"the version byte must be 0x{Version:x2}; got 0x{data[0]:x2}");
        }
        Need(data, 1, 17, "the sequence, time and type length");
        var sequence = BinaryPrimitives.ReadInt64BigEndian(data[1..]);
        if (sequence < 1)
        {
            throw new LeafFormatException(1, $"the sequence must be at least 1; got {sequence}");
        }
        var recordedAt = BinaryPrimitives.ReadInt64BigEndian(data[9..]);
        if (recordedAt < 0)
        {
            throw new LeafFormatException(9, $"the time must not be negative; got {recordedAt}");
        }
        int typeLength = data[17];
        if (typeLength == 0)
        {
            throw new LeafFormatException(17, "the event type must not be empty");
        }
        Need(data, 18, typeLength, "the event type");
        string type;
        try
        {
            type = StrictUtf8.GetString(data.Slice(18, typeLength));
        }
        catch (DecoderFallbackException)
        {
            throw new LeafFormatException(18, "the event type is not valid UTF-8");
        }
        var offset = 18 + typeLength;
        Need(data, offset, 4, "the length of the public part");
        var publicLength = BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
        offset += 4;
        if (publicLength > (uint)(data.Length - offset))
        {
            throw new LeafFormatException(offset - 4, $"the public part claims {publicLength} bytes but only {data.Length - offset} remain");
        }
        var publicPart = data.Slice(offset, (int)publicLength);
        offset += (int)publicLength;
        Need(data, offset, 1, "the flags");
        var flags = data[offset];
        if ((flags & ~(HasCommitment | HasSignature)) != 0)
        {
            throw new LeafFormatException(offset, $"unknown flag bits in 0x{flags:x2}; only 0x01 and 0x02 are defined");
        }
        offset++;
        Hash? commitment = null;
        if ((flags & HasCommitment) != 0)
        {
            Need(data, offset, Hash.Size, "the commitment");
            commitment = new Hash(data.Slice(offset, Hash.Size));
            offset += Hash.Size;
        }
        LeafSignature? signature = null;
        if ((flags & HasSignature) != 0)
        {
            Need(data, offset, 4 + LeafSignature.SignatureSize, "the key ID and signature");
            signature = new LeafSignature(BinaryPrimitives.ReadUInt32BigEndian(data[offset..]), data.Slice(offset + 4, LeafSignature.SignatureSize));
            offset += 4 + LeafSignature.SignatureSize;
        }
        if (offset != data.Length)
        {
            throw new LeafFormatException(offset, $"{data.Length - offset} bytes follow the end of the leaf");
        }
        return new EventLeaf(sequence, type, recordedAt, publicPart, commitment, signature);
    }

    private static void Need(ReadOnlySpan<byte> data, int offset, int count, string what)
    {
        if (data.Length - offset < count)
        {
            throw new LeafFormatException(offset, $"the leaf ends before {what} ({count} bytes needed, {Math.Max(0, data.Length - offset)} left)");
        }
    }

    public bool Equals(EventLeaf? other) =>
        other is not null && Sequence == other.Sequence && Type == other.Type && RecordedAtUnixMs == other.RecordedAtUnixMs
        && _public.AsSpan().SequenceEqual(other._public) && Commitment == other.Commitment && Equals(Signature, other.Signature);

    public override int GetHashCode() => HashCode.Combine(Sequence, Type, RecordedAtUnixMs, _public.Length, Commitment);
}
