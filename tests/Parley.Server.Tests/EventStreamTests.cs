using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>Server-sent events: ids are log sequence numbers, and resuming with Last-Event-ID gives each missed entry once.</summary>
public abstract class EventStreamContract(DemoServer demo)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task a_new_entry_arrives_with_its_sequence_number_as_id()
    {
        using var client = demo.Server.Client();
        await using var stream = await EventStreamReader.OpenAsync(client, "/live/june-2025/events", lastEventId: demo.Server.Hub.Through);
        Assert.Equal("text/event-stream", stream.ContentType);
        var (id, sequence) = await demo.Server.Client("press").PostEntry("june-2025", "Stage 3 buses have left.");
        var message = await NextMessage(stream);
        Assert.Equal(sequence, message.Id);
        Assert.Contains(id, message.Data);
    }

    [Fact]
    public async Task reconnecting_with_last_event_id_gives_exactly_the_missed_entries_once()
    {
        var press = demo.Server.Client("press");
        var start = demo.Server.Hub.Through;
        var first = await press.PostEntry("july-2025", "first");
        var second = await press.PostEntry("july-2025", "second");
        var third = await press.PostEntry("july-2025", "third");
        using var client = demo.Server.Client();
        await using (var stream = await EventStreamReader.OpenAsync(client, "/live/july-2025/events", lastEventId: first.Sequence))
        {
            var missed = await stream.UntilQuietAsync(Wait);
            Assert.Equal([second.Sequence, third.Sequence], missed.Select(m => m.Id));
        }
        await using (var stream = await EventStreamReader.OpenAsync(client, "/live/july-2025/events", lastEventId: start))
        {
            var all = await stream.UntilQuietAsync(Wait);
            Assert.Equal([first.Sequence, second.Sequence, third.Sequence], all.Select(m => m.Id));
        }
    }

    [Fact]
    public async Task an_idle_stream_gets_keep_alive_comments()
    {
        using var client = demo.Server.Client();
        await using var stream = await EventStreamReader.OpenAsync(client, "/live/r3/events", lastEventId: demo.Server.Hub.Through);
        // Other tests share this server: a page's new figures (no id) may come first; nothing with an id may.
        string? keepAlive = null;
        for (var read = 0; read < 5 && keepAlive is null; read++)
        {
            var message = await stream.NextAsync(Wait);
            Assert.NotNull(message);
            Assert.Null(message.Value.Id);
            keepAlive = message.Value.Data.StartsWith(": keep-alive", StringComparison.Ordinal) ? message.Value.Data : null;
        }
        Assert.NotNull(keepAlive);
    }

    [Fact]
    public async Task when_people_move_the_page_gets_its_new_figures_without_an_id()
    {
        using var client = demo.Server.Client();
        var roster = await (await demo.Server.Client("mediator").GetAsync("/api/exchanges/june-2025/roster", TestContext.Current.CancellationToken)).Json();
        var scheduled = roster.EnumerateArray().First(p => p.GetProperty("side").GetString() == "a" && p.GetProperty("status").GetString() == "scheduled")
            .GetProperty("person").GetString();
        await using var stream = await EventStreamReader.OpenAsync(client, "/live/june-2025/events", lastEventId: demo.Server.Hub.Through);
        using (var released = await demo.Server.Client("mediator").PostJson("/api/commands",
            $$"""{"command": "release", "exchange": "june-2025", "person": "{{scheduled}}", "stage": "s3"}"""))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, released.StatusCode);
        }
        while (await stream.NextAsync(Wait) is { } message)
        {
            if (message.Id is null && message.Data.StartsWith('{'))
            {
                var html = System.Text.Json.JsonDocument.Parse(message.Data).RootElement.GetProperty("html").GetString()!;
                Assert.Contains("class=\"counter\"", html);
                Assert.Contains("1 of 150 planned released by RU", html);
                return;
            }
        }
        Assert.Fail("no figures message arrived");
    }

    [Fact]
    public async Task a_stream_of_an_unknown_page_is_404()
    {
        using var response = await demo.Server.Client().GetAsync("/live/no-such/events", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<(long Id, string Data)> NextMessage(EventStreamReader stream)
    {
        while (await stream.NextAsync(Wait) is { } message)
        {
            if (message.Id is { } id)
            {
                return (id, message.Data);
            }
        }
        throw new TimeoutException("no message within the wait");
    }
}

/// <summary>The tests of <see cref="EventStreamContract"/> on the SQLite demo server.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class EventStreamTests(DemoServer demo) : EventStreamContract(demo);

/// <summary>The tests of <see cref="EventStreamContract"/> on the PostgreSQL demo server.</summary>
[Collection(PostgresDemoServerCollection.Name)]
public sealed class PostgresEventStreamTests(PostgresDemoServer demo) : EventStreamContract(demo);
