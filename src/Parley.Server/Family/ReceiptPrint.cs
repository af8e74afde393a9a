using QRCoder;

namespace Parley.Server.Family;

/// <summary>
/// A receipt as printed: the code in groups and a QR code (SVG, by QRCoder) holding the family page's address with the
/// code in the fragment (<c>…/family#7K2M-…</c>). A browser never sends a fragment to a server, so opening the QR code
/// puts the code in no request line and no log; the page's script reads it and posts it.
/// </summary>
public static class ReceiptPrint
{
    /// <summary>What the QR code holds: the page with the code in its fragment, or the code alone when no address is known.</summary>
    public static string QrText(string grouped, string? baseUrl) =>
        string.IsNullOrEmpty(baseUrl) ? grouped : $"{baseUrl.TrimEnd('/')}/family#{grouped}";

    /// <summary>The QR code as a standalone SVG document (error correction Q: a quarter of a crumpled print may be lost).</summary>
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(6);
    }
}
