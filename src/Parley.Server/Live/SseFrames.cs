using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parley.Server.Live;

/// <summary>
/// The blocks of an event stream (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation),
/// encoded once and written as bytes to every reader of the same language: events through .NET's
/// <see cref="SseFormatter"/>; the retry block and the keep-alive comment are constants, because the formatter writes
/// only events and neither of these may dispatch one.
/// </summary>
internal static class SseFrames
{
    /// <summary>A comment line: keeps an idle connection open through proxies and dispatches nothing.</summary>
    public static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();

    /// <summary>
    /// The stream's first block: how long a browser waits before reconnecting. A block with only a retry field dispatches
    /// nothing, so a reader learns it before its first entry.
    /// </summary>
    public static byte[] Retry(TimeSpan retry) => Encoding.UTF8.GetBytes($"retry: {(long)retry.TotalMilliseconds}\n\n");

    /// <summary>An event of <paramref name="type"/> with JSON data and, for an entry, its log sequence number as the id.</summary>
    public static byte[] Event(string type, long? id, JsonObject data)
    {
        var item = new SseItem<JsonObject>(data, type) { EventId = id?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        using var buffer = new MemoryStream();
        // Written to memory, so the formatter completes without waiting.
        SseFormatter.WriteAsync(new[] { item }.ToAsyncEnumerable(), buffer, WriteJson, CancellationToken.None).GetAwaiter().GetResult();
        return buffer.ToArray();
    }

    private static void WriteJson(SseItem<JsonObject> item, System.Buffers.IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = LiveJson.Options.Encoder });
        item.Data.WriteTo(json, LiveJson.Options);
    }
}
