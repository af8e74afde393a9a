using System.Net;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// Hostile clients on real loopback sockets: caps on event streams per address and in total, readers that stop reading
/// cut off, the backlog in flushed chunks, and commands acknowledged whatever the readers do.
/// </summary>
public sealed class HostileClientTests
{
    private const string ScheduleRound =
        "{\"command\": \"schedule-round\", \"id\": \"r1\", \"number\": 1, \"venue\": \"Palace\", \"city\": \"Istanbul\", \"zone\": \"Europe/Istanbul\", \"scheduledStart\": \"2025-05-16T13:30\"}";

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task an_address_over_its_stream_cap_gets_429_with_retry_after_while_another_address_still_gets_in()
    {
        await using var server = await StartWithPage(o => o with { MaxStreamsPerAddress = 3, StreamRetryAfter = TimeSpan.FromSeconds(42) });
        var open = new List<RawStream>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                open.Add(await Loopback.OpenStreamAsync(server.Address, "/live/r1/events"));
                Assert.Equal(200, open[^1].Status);
            }
            using var refused = await Loopback.OpenStreamAsync(server.Address, "/live/r1/events");
            Assert.Equal(429, refused.Status);
            Assert.Equal("42", refused.Header("Retry-After"));
            Assert.Contains("application/problem+json", refused.Header("Content-Type"));
            Assert.Equal("close", refused.Header("Connection"));

            using var other = await Loopback.OpenStreamAsync(server.Address, "/live/r1/events", Loopback.Second);
            Assert.Equal(200, other.Status);
        }
        finally
        {
            open.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task a_closed_stream_gives_its_place_back()
    {
        await using var server = await StartWithPage(o => o with { MaxStreamsPerAddress = 1 });
        using (var first = await Loopback.OpenStreamAsync(server.Address, "/live/r1/events"))
        {
            Assert.Equal(200, first.Status);
        }
        await Until(() => server.Admission.Open == 0, "the closed stream's place was never given back");
        using var second = await Loopback.OpenStreamAsync(server.Address, "/live/r1/events");
        Assert.Equal(200, second.Status);
    }

    [Fact]
    public async Task over_the_total_stream_cap_a_new_stream_gets_503_with_retry_after()
    {
        await using var server = await StartWithPage(o => o with { MaxStreams = 2, MaxStreamsPerAddress = 10 });
        using var first = await Loopback.OpenStreamAsync(server.Address, "/live/r1/events");
        using var second = await Loopback.OpenStreamAsync(server.Address, "/live/r1/events", Loopback.Second);
        using var third = await Loopback.OpenStreamAsync(server.Address, "/live/r1/events", IPAddress.Parse("127.0.0.3"));

        Assert.Equal([200, 200, 503], new[] { first.Status, second.Status, third.Status });
        Assert.Equal("30", third.Header("Retry-After"));
    }

    [Fact]
    public async Task a_reader_that_stops_reading_is_cut_off_once_a_flush_stays_pending_past_the_timeout()
    {
        // A queue that never fills: only the flush timeout can end this stream.
        await using var server = await StartWithPage(o => o with { FlushTimeout = TimeSpan.FromSeconds(1), SubscriberBuffer = 1_000_000, ResponseBufferBytes = 4096 });
        using var press = server.Client("press");
        using var reader = await Loopback.OpenStreamAsync(server.Address, $"/live/r1/events?after={server.Hub.Through}", receiveBuffer: 4096);
        Assert.Equal(200, reader.Status);
        var big = new string('x', 15_000);
        for (var n = 0; n < 2_000 && server.Admission.Open > 0; n++)
        {
            await press.PostEntry("r1", big);
        }
        await Until(() => server.Admission.Open == 0, "a reader that never reads was never cut off");
        Assert.Equal(0, server.Hub.SubscriberCount);
        // Its connection is closed, not merely left without new frames.
        Assert.NotNull(await reader.DrainUntilClosedAsync(Wait));
    }

    [Fact]
    public async Task a_reader_that_does_not_take_its_backlog_is_cut_off_and_its_connection_closed()
    {
        await using var server = await StartWithPage(o => o with { FlushTimeout = TimeSpan.FromSeconds(1), ResponseBufferBytes = 4096 });
        using var press = server.Client("press");
        var big = new string('y', 15_000);
        for (var n = 0; n < 400; n++)
        {
            await press.PostEntry("r1", big);
        }
        using var reader = await Loopback.OpenStreamAsync(server.Address, "/live/r1/events?after=0", receiveBuffer: 4096);
        Assert.Equal(200, reader.Status);

        await Until(() => server.Admission.Open == 0, "a reader that never read its backlog was never cut off");
        var read = await reader.DrainUntilClosedAsync(Wait);
        Assert.NotNull(read);
        Assert.True(read < 400L * 15_000, $"the whole backlog ({read:N0} bytes) was sent to a reader that did not read");
    }

    [Fact]
    public async Task a_backlog_of_many_chunks_arrives_whole_and_in_order()
    {
        await using var server = await StartWithPage(o => o with { BacklogChunkBytes = 1024 });
        using var press = server.Client("press");
        var posted = new List<long>();
        for (var n = 0; n < 40; n++)
        {
            posted.Add((await press.PostEntry("r1", $"entry {n} " + new string('z', 500))).Sequence);
        }
        using var client = server.Client();
        await using var stream = await EventStreamReader.OpenAsync(client, "/live/r1/events", lastEventId: posted[0]);
        var backlog = await stream.UntilQuietAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(posted.Skip(1), backlog.Select(m => m.Id));
    }

    [Fact]
    public async Task a_command_is_acknowledged_while_the_fan_out_to_readers_is_held_up()
    {
        await using var server = await StartWithPage(o => o);
        using var held = new ManualResetEventSlim();
        var rendered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A reader whose frame takes as long as the test wants: the dispatcher is stuck on it.
        var subscriber = server.Hub.Subscribe("r1", server.Hub.Through, "en", _ =>
        {
            rendered.TrySetResult();
            held.Wait(TestContext.Current.CancellationToken);
            return "data: held\n\n"u8.ToArray();
        }, out _)!;
        try
        {
            using var press = server.Client("press");
            await press.PostEntry("r1", "the fan-out is stuck on this one");
            await rendered.Task.WaitAsync(Wait, TestContext.Current.CancellationToken);

            // The dispatcher is blocked; commands are still acknowledged.
            var second = await press.PostEntry("r1", "and this command returns anyway").WaitAsync(Wait, TestContext.Current.CancellationToken);
            Assert.Equal(server.Hub.Through, second.Sequence);
        }
        finally
        {
            held.Set();
            server.Hub.Unsubscribe(subscriber);
        }
    }

    [Fact]
    public async Task readers_connected_while_entries_are_dispatched_get_each_entry_exactly_once()
    {
        await using var server = await StartWithPage(o => o);
        using var press = server.Client("press");
        var start = server.Hub.Through;
        var readers = new List<(EventStreamReader Stream, HttpClient Client)>();
        var posted = new List<long>();
        try
        {
            for (var n = 0; n < 10; n++)
            {
                posted.Add((await press.PostEntry("r1", $"entry {n}")).Sequence);
                var client = server.Client();
                readers.Add((await EventStreamReader.OpenAsync(client, "/live/r1/events", lastEventId: start), client));
            }
            foreach (var (stream, _) in readers)
            {
                var ids = new List<long>();
                // Every entry, then nothing more until a second keep-alive: a duplicate would come before it.
                var keepAlives = 0;
                while (keepAlives < 2 && await stream.NextAsync(TimeSpan.FromSeconds(5)) is { } message)
                {
                    if (message.Id is { } id)
                    {
                        ids.Add(id);
                    }
                    else if (ids.Count >= posted.Count)
                    {
                        keepAlives++;
                    }
                }
                Assert.Equal(posted, ids);
            }
        }
        finally
        {
            foreach (var (stream, client) in readers)
            {
                await stream.DisposeAsync();
                client.Dispose();
            }
        }
    }

    private static async Task<RunningServer> StartWithPage(Func<ServerOptions, ServerOptions> configure)
    {
        var server = await RunningServer.StartAsync(demo: false, o => configure(o with { WritesPerMinute = 100_000 }));
        using var mediator = server.Client("mediator");
        using var created = await mediator.PostJson("/api/commands", ScheduleRound);
        created.EnsureSuccessStatusCode();
        return server;
    }

    private static async Task Until(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
