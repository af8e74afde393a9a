using System.Text;
using System.Text.Unicode;

namespace Parley.Import;

/// <summary>
/// Finds the encoding of a list file and turns it into UTF-8: a byte order mark decides; otherwise
/// valid UTF-8 is UTF-8, and text whose bytes above 0x7F are Cyrillic letters in Windows-1251 is
/// Windows-1251. Anything else needs the encoding named (<c>--encoding</c>).
/// </summary>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Registers the code pages (Windows-1251, 1252...) with .NET, once: the static constructor does it.</summary>
    internal static void EnsureCodePages()
    {
    }

    /// <summary>The text as UTF-8 bytes without a byte order mark, and the name of the encoding it was in.</summary>
    internal static (ReadOnlyMemory<byte> Utf8, string Encoding) ToUtf8(string path, byte[] bytes, string? encodingName)
    {
        if (encodingName is not null)
        {
            var encoding = Named(path, encodingName);
            if (encoding.CodePage == Encoding.UTF8.CodePage)
            {
                if (!Utf8.IsValid(bytes))
                {
                    throw new ListImportException(path, new ImportError(0, null, $"the file is not valid {encodingName} text; check the encoding"));
                }
                return (WithoutUtf8Bom(bytes), encodingName);
            }
            return (Encoding.UTF8.GetBytes(encoding.GetString(bytes)), encodingName);
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8.IsValid(bytes.AsSpan(3))
                ? (bytes.AsMemory(3), "utf-8-bom")
                : throw new ListImportException(path, new ImportError(0, null, "the file starts as UTF-8 (it has a byte order mark) but is not valid UTF-8; save it again as UTF-8"));
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (Encoding.UTF8.GetBytes(utf16.GetString(bytes, 2, bytes.Length - 2)), "utf-16");
        }
        if (Utf8.IsValid(bytes))
        {
            return (bytes, "utf-8");
        }
        if (LooksLikeWindows1251(bytes))
        {
            return (Encoding.UTF8.GetBytes(Encoding.GetEncoding(1251).GetString(bytes)), "windows-1251");
        }
        throw new ListImportException(path, new ImportError(0, null,
            "the encoding is unknown: the file is not UTF-8, and it is not Windows-1251 Cyrillic; save it as UTF-8 or name its encoding with --encoding"));
    }

    /// <summary>The encoding with this name (utf-8, windows-1251, cp1251, koi8-u, …); an error naming the file if there is none.</summary>
    internal static Encoding Named(string path, string name)
    {
        var normalised = name.Trim().ToLowerInvariant();
        try
        {
            return normalised switch
            {
                "utf8" or "utf-8" or "utf-8-bom" => new UTF8Encoding(false, true),
                "1251" or "cp1251" or "cp-1251" or "win1251" or "windows1251" => Encoding.GetEncoding(1251),
                _ => Encoding.GetEncoding(normalised),
            };
        }
        catch (ArgumentException)
        {
            throw new ListImportException(path, new ImportError(0, null, $"unknown encoding '{name}'; use utf-8 or windows-1251"));
        }
    }

    /// <summary>
    /// True when almost every byte above 0x7F is a Cyrillic letter in Windows-1251 (0xC0–0xFF, and
    /// Ё ё Є є І і Ї ї Ґ ґ) or a common punctuation mark there (№, quotes, dashes, non-breaking space).
    /// </summary>
    private static bool LooksLikeWindows1251(ReadOnlySpan<byte> bytes)
    {
        int high = 0, cyrillic = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                continue;
            }
            high++;
            if (b >= 0xC0 || b is 0xA8 or 0xB8 or 0xAA or 0xBA or 0xB2 or 0xB3 or 0xAF or 0xBF or 0xA5 or 0xB4
                || b is 0xB9 or 0xAB or 0xBB or 0x96 or 0x97 or 0x93 or 0x94 or 0x92 or 0xA0)
            {
                cyrillic++;
            }
        }
        return high > 0 && cyrillic >= high * 0.95;
    }

    private static ReadOnlyMemory<byte> WithoutUtf8Bom(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsMemory(3) : bytes;
}
