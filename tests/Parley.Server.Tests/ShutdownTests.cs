using System.Diagnostics;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>Stopping the server ends open event streams cleanly instead of waiting for them or cutting them mid-message.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task stopping_the_server_ends_open_event_streams_promptly()
    {
        var server = await RunningServer.StartAsync(demo: false);
        await using (server)
        {
            using var mediator = server.Client("mediator");
            using var created = await mediator.PostJson("/api/commands",
                "{\"command\": \"schedule-round\", \"id\": \"r1\", \"number\": 1, \"venue\": \"Palace\", \"city\": \"Istanbul\", \"zone\": \"Europe/Istanbul\", \"scheduledStart\": \"2025-05-16T13:30\"}");
            created.EnsureSuccessStatusCode();
            using var client = server.Client();
            await using var stream = await EventStreamReader.OpenAsync(client, "/live/r1/events", lastEventId: 0);
            var backlog = await stream.UntilQuietAsync(TimeSpan.FromSeconds(5));
            Assert.Single(backlog);

            var clock = Stopwatch.StartNew();
            await server.App.StopAsync(TestContext.Current.CancellationToken);
            // The stream ends (no more messages, end of body) well before the host's 10 s shutdown timeout.
            while (await stream.NextAsync(TimeSpan.FromSeconds(10)) is { } message)
            {
                Assert.Null(message.Id);
            }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the stream took {clock.Elapsed.TotalSeconds:0.0} s to end");
        }
    }
}
