using System.Security.Cryptography;
using System.Text;

namespace Parley.Core.Families;

/// <summary>
/// A family receipt's code: 27 random characters (135 bits) of Crockford's base32 alphabet and one check character,
/// printed in seven groups of four (<c>7K2M-…</c>). Parsing forgives what people do when they type a code from paper
/// (lower case, spaces, hyphens, O for 0, I and L for 1) and catches what they get wrong: a character outside the
/// alphabet, a wrong length, or a mistyped character (the check character catches every single wrong character and
/// every swap of two different neighbours, itself included). The randomness comes from the edge (<see cref="FromEntropy"/>): the
/// domain stays pure. Only <see cref="Lookup"/> and <see cref="FeedLookup"/> are ever stored.
/// </summary>
public sealed class ReceiptCode : IEquatable<ReceiptCode>
{
    /// <summary>Crockford's base32: digits and letters without I, L, O and U, so none can be read as another.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Random characters in a code: 27 × 5 = 135 bits, above the 128 the design asks for.</summary>
    public const int DataLength = 27;

    /// <summary>Characters in a code, the check character included.</summary>
    public const int Length = DataLength + 1;

    /// <summary>Bytes of entropy <see cref="FromEntropy"/> needs: 135 bits rounded up.</summary>
    public const int EntropyBytes = 17;

    private const int GroupLength = 4;

    private readonly string _canonical;

    private ReceiptCode(string canonical) => _canonical = canonical;

    /// <summary>The code as printed: seven groups of four characters joined by hyphens.</summary>
    public string Grouped => string.Join('-', Enumerable.Range(0, Length / GroupLength).Select(i => _canonical.Substring(i * GroupLength, GroupLength)));

    /// <summary>
    /// Makes a code from <see cref="EntropyBytes"/> or more bytes of a cryptographic random generator (the caller's:
    /// the domain does no I/O); the first 135 bits are used.
    /// </summary>
    public static ReceiptCode FromEntropy(ReadOnlySpan<byte> entropy)
    {
        if (entropy.Length < EntropyBytes)
        {
            throw new ArgumentException($"a receipt code needs {EntropyBytes} bytes of entropy; {entropy.Length} were given.", nameof(entropy));
        }
        var data = new StringBuilder(Length);
        for (var i = 0; i < DataLength; i++)
        {
            var bit = i * 5;
            var pair = (entropy[bit / 8] << 8) | (bit / 8 + 1 < entropy.Length ? entropy[bit / 8 + 1] : 0);
            data.Append(Alphabet[(pair >> (11 - bit % 8)) & 31]);
        }
        data.Append(CheckCharacter(data.ToString()));
        return new ReceiptCode(data.ToString());
    }

    /// <summary>Reads a code as a person typed it; throws <see cref="ReceiptCodeFormatException"/> saying what is wrong.</summary>
    public static ReceiptCode Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ReceiptCodeFormatException("a receipt code is required", null);
        }
        if (text.Length > 4 * Length)
        {
            throw new ReceiptCodeFormatException($"a receipt code has {Length} characters; this text is {text.Length} long", null);
        }
        var canonical = new StringBuilder(Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }
            var normal = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var upper => upper,
            };
            if (!Alphabet.Contains(normal, StringComparison.Ordinal))
            {
                throw new ReceiptCodeFormatException(
                    $"'{Printable(c)}' at position {i + 1} is not a character of a receipt code (digits and letters other than U)", i + 1);
            }
            canonical.Append(normal);
        }
        if (canonical.Length != Length)
        {
            throw new ReceiptCodeFormatException($"a receipt code has {Length} characters; this one has {canonical.Length}", null);
        }
        var value = canonical.ToString();
        if (CheckCharacter(value[..DataLength]) != value[DataLength])
        {
            throw new ReceiptCodeFormatException("the code does not add up: a character is mistyped or two are swapped", null);
        }
        return new ReceiptCode(value);
    }

    /// <summary>Parses, or returns null with the reason: for pages that must not throw on what a visitor typed.</summary>
    public static ReceiptCode? TryParse(string? text, out string? error)
    {
        try
        {
            error = null;
            return Parse(text);
        }
        catch (ReceiptCodeFormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>
    /// What is stored to find the receipt again: SHA-256 of the domain-separated canonical code, hexadecimal. The code is
    /// 135 random bits, so its hash cannot be inverted or guessed; no salt or pepper is needed (as with the API's tokens).
    /// </summary>
    public string Lookup => Hash("parley/receipt/v1", _canonical);

    /// <summary>
    /// The capability in the private feed's and event stream's URLs: a second, independent one-way function of the code
    /// (base64url, 43 characters). Knowing it reveals nothing of the code, and it cannot be typed into the form.
    /// </summary>
    public string FeedCapability => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes("parley/receipt-feed/v1\0" + _canonical)));

    /// <summary>What is stored to find the receipt from its feed capability: the capability's own hash, hexadecimal.</summary>
    public string FeedLookup => FeedLookupOf(FeedCapability);

    /// <summary>The stored form of a feed capability, computed from what a URL carries.</summary>
    public static string FeedLookupOf(string capability) => Hash("parley/receipt-feed-lookup/v1", capability);

    private static string Hash(string domain, string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(domain + "\0" + value)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// The check character: the code's characters are the coefficients of a polynomial over GF(32) (x⁵ + x² + 1, α = x, of
    /// order 31) and the check makes Σ αⁱ·vᵢ over all 28 characters zero. A wrong character changes the sum by a non-zero
    /// multiple of αⁱ, and a swap of different neighbours by αⁱ·(1 + α)·(a + b), never zero: both always caught.
    /// </summary>
    private static char CheckCharacter(string data)
    {
        var sum = 0;
        var power = 1;
        foreach (var c in data)
        {
            sum ^= Multiply(power, Alphabet.IndexOf(c, StringComparison.Ordinal));
            power = Multiply(power, 2);
        }
        // α^DataLength · check = sum, so check = sum · α^(31 − DataLength).
        var inverse = 1;
        for (var i = 0; i < 31 - DataLength; i++)
        {
            inverse = Multiply(inverse, 2);
        }
        return Alphabet[Multiply(sum, inverse)];
    }

    /// <summary>Multiplication in GF(32) modulo x⁵ + x² + 1.</summary>
    private static int Multiply(int a, int b)
    {
        var product = 0;
        for (; b > 0; b >>= 1)
        {
            if ((b & 1) != 0)
            {
                product ^= a;
            }
            a <<= 1;
            if ((a & 32) != 0)
            {
                a ^= 0b100101;
            }
        }
        return product;
    }

    private static string Printable(char c) => char.IsControl(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : c.ToString();

    public bool Equals(ReceiptCode? other) => other is not null && _canonical == other._canonical;

    public override bool Equals(object? obj) => Equals(obj as ReceiptCode);

    public override int GetHashCode() => _canonical.GetHashCode(StringComparison.Ordinal);

    /// <summary>Never the code itself: a code must not reach a log line by accident.</summary>
    public override string ToString() => "receipt code (hidden)";
}
