using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json.Nodes;
using Parley.Server.Live;

namespace Parley.Server.Tests;

/// <summary>Event-stream frames read back by .NET's own SSE parser as the events they stand for.</summary>
public sealed class SseFramesTests
{
    [Fact]
    public void an_entry_frame_is_one_event_with_its_sequence_number_as_id_and_json_data()
    {
        var frame = SseFrames.Event("entry", 42, new JsonObject { ["html"] = "<p>Буси виїхали.\nLine two</p>" });

        var parser = SseParser.Create(new MemoryStream(frame));
        var item = Assert.Single(parser.Enumerate());

        Assert.Equal("entry", item.EventType);
        Assert.Equal("42", parser.LastEventId);
        Assert.Equal("<p>Буси виїхали.\nLine two</p>", JsonNode.Parse(item.Data)!["html"]!.GetValue<string>());
    }

    [Fact]
    public void the_retry_block_and_the_keep_alive_comment_dispatch_no_event()
    {
        var stream = new MemoryStream([.. SseFrames.Retry(TimeSpan.FromSeconds(3)), .. SseFrames.KeepAlive]);

        var parser = SseParser.Create(stream);

        Assert.Empty(parser.Enumerate());
        Assert.Equal(TimeSpan.FromSeconds(3), parser.ReconnectionInterval);
        Assert.StartsWith(": keep-alive", Encoding.UTF8.GetString(SseFrames.KeepAlive));
    }
}
