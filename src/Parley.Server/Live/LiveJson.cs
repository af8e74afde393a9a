using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Parley.Server.Live;

internal static class LiveJson
{
    /// <summary>Letters of every script as they are; '&lt;', '&gt;', '&amp;' and quotes escaped, so JSON is safe inside a script element.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
