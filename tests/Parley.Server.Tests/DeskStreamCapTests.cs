using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

public sealed class DeskStreamCapTests
{
    [Fact]
    public async Task a_desk_stream_counts_against_the_same_per_address_cap_as_the_live_pages_streams()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { MaxStreamsPerAddress = 1, StreamRetryAfter = TimeSpan.FromSeconds(17) });
        using var desk = await DeskClient.SignInAsync(server, "mediator");
        var cookie = "Cookie: " + desk.Cookies.GetCookieHeader(new Uri(server.Address, "/desk/exchanges/may-2025/events")) + "\r\n";

        using (var first = await Loopback.OpenStreamAsync(server.Address, "/desk/exchanges/may-2025/events", extraHeaders: cookie))
        {
            Assert.Equal(200, first.Status);
            using var secondDesk = await Loopback.OpenStreamAsync(server.Address, "/desk/exchanges/may-2025/events", extraHeaders: cookie);
            Assert.Equal(429, secondDesk.Status);
            Assert.Equal("17", secondDesk.Header("Retry-After"));
            using var live = await Loopback.OpenStreamAsync(server.Address, "/live/may-2025/events");
            Assert.Equal(429, live.Status);
            using var elsewhere = await Loopback.OpenStreamAsync(server.Address, "/live/may-2025/events", Loopback.Second);
            Assert.Equal(200, elsewhere.Status);
        }

        // The desk stream's place comes back when it closes.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (server.Admission.Open > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        using var again = await Loopback.OpenStreamAsync(server.Address, "/desk/exchanges/may-2025/events", extraHeaders: cookie);
        Assert.Equal(200, again.Status);
    }
}
