using System.Net;
using Parley.Core.Families;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests.Families;

/// <summary>Wrong codes are limited per client address, by a limiter of their own: the live pages are not slowed or refused.</summary>
public sealed class FamilyLimitTests
{
    [Fact]
    public async Task an_address_over_its_tries_gets_429_with_retry_after_while_another_address_and_the_live_pages_still_get_in()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { FamilyAttemptsPerMinute = 3, FamilyAttemptBurst = 3 });
        using var first = Loopback.ClientFrom(IPAddress.Loopback, server.Address);
        var wrong = ReceiptCode.FromEntropy(new byte[ReceiptCode.EntropyBytes]).Grouped;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await first.PostAsync("/family", new FormUrlEncodedContent([new("code", wrong)]), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var other = Loopback.ClientFrom(Loopback.Second, server.Address);
        using var fromOther = await other.PostAsync("/family", new FormUrlEncodedContent([new("code", wrong)]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
        using var live = await first.GetAsync("/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
