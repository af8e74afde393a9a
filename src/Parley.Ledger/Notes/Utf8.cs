using System.Text;

namespace Parley.Ledger.Notes;

/// <summary>Strict UTF-8: invalid bytes or lone surrogates are errors, never replaced.</summary>
internal static class Utf8
{
    internal static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static bool IsValid(string text)
    {
        try
        {
            Strict.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
