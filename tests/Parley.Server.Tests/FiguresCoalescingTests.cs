using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// A page's figures are gathered for a short window and sent once, as they are at its end: many officers' commands do
/// not each send a frame to every reader, and the latest figures always arrive. The window runs on a fake clock here.
/// </summary>
public sealed class FiguresCoalescingTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task moves_within_one_window_reach_readers_as_one_frame_with_the_latest_figures_and_a_later_move_gets_its_own()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { Clock = clock, FiguresWindow = Window });
        var scheduled = await ScheduledOfSideA(server, 4);
        using var client = server.Client();
        await using var stream = await EventStreamReader.OpenAsync(client, "/live/june-2025/events", lastEventId: server.Hub.Through);

        foreach (var person in scheduled[..3])
        {
            await Release(server, person);
        }
        clock.Advance(Window);
        // The first figures frame after the three commands already carries all three: none was sent per command.
        Assert.Contains("3 of 150 planned released by RU", await NextFigures(stream));

        await Release(server, scheduled[3]);
        clock.Advance(Window);
        Assert.Contains("4 of 150 planned released by RU", await NextFigures(stream));
    }

    [Fact]
    public async Task without_a_window_every_move_still_reaches_readers_with_the_figures_that_follow_it()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { FiguresWindow = TimeSpan.Zero });
        var scheduled = await ScheduledOfSideA(server, 1);
        using var client = server.Client();
        await using var stream = await EventStreamReader.OpenAsync(client, "/live/june-2025/events", lastEventId: server.Hub.Through);

        await Release(server, scheduled[0]);
        Assert.Contains("1 of 150 planned released by RU", await NextFigures(stream));
    }

    [Fact]
    public async Task an_exchange_pages_figures_frame_carries_its_feasibility_section_as_it_now_stands()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { FiguresWindow = TimeSpan.Zero });
        var scheduled = await ScheduledOfSideA(server, 1);
        var before = await ReadyToGo(server);
        using var client = server.Client();
        await using var stream = await EventStreamReader.OpenAsync(client, "/live/june-2025/events", lastEventId: server.Hub.Through);

        await Release(server, scheduled[0]);
        var frame = await NextFiguresFrame(stream);

        var section = frame.GetProperty("feasibility").GetString()!;
        Assert.Contains("<table class=\"feasibility\">", section, StringComparison.Ordinal);
        // The released person is no longer ready to go: the section in the frame is the one the API now gives.
        Assert.Equal(before - 1, await ReadyToGo(server));
        Assert.Contains($"<td>{before - 1:N0}</td>", section, StringComparison.Ordinal);
    }

    private static async Task<int> ReadyToGo(RunningServer server)
    {
        using var response = await server.Client().GetAsync("/api/exchanges/june-2025/feasibility", TestContext.Current.CancellationToken);
        return (await response.Json()).GetProperty("readyToGoA").GetInt32();
    }

    private static async Task<string[]> ScheduledOfSideA(RunningServer server, int count)
    {
        using var response = await server.Client("mediator").GetAsync("/api/exchanges/june-2025/roster", TestContext.Current.CancellationToken);
        var roster = await response.Json();
        return [.. roster.EnumerateArray()
            .Where(p => p.GetProperty("side").GetString() == "a" && p.GetProperty("status").GetString() == "scheduled")
            .Select(p => p.GetProperty("person").GetString()!)
            .Take(count)];
    }

    private static async Task Release(RunningServer server, string person)
    {
        using var released = await server.Client("mediator").PostJson("/api/commands",
            $$"""{"command": "release", "exchange": "june-2025", "person": "{{person}}", "stage": "s3"}""");
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
    }

    /// <summary>The HTML of the next figures message (an event without an id), skipping keep-alives and entries.</summary>
    private static async Task<string> NextFigures(EventStreamReader stream) =>
        (await NextFiguresFrame(stream)).GetProperty("html").GetString()!;

    /// <summary>The data of the next figures message (an event without an id), skipping keep-alives and entries.</summary>
    private static async Task<JsonElement> NextFiguresFrame(EventStreamReader stream)
    {
        while (await stream.NextAsync(Wait) is { } message)
        {
            if (message.Id is null && message.Data.StartsWith('{'))
            {
                return JsonDocument.Parse(message.Data).RootElement.Clone();
            }
        }
        throw new TimeoutException("no figures message arrived");
    }
}
