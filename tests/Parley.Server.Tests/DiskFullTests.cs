using System.Net;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// Issue 11, faults: the disk-full trial on a small real tmpfs. The server keeps serving reads, refuses writes with a
/// clear 503 that says nothing was recorded, reports itself degraded on /healthz with the last durable sequence, and
/// writes again once space returns, with every acknowledged event kept.
/// </summary>
public sealed class DiskFullTests
{
    [Fact]
    public async Task on_a_full_disk_reads_go_on_writes_are_refused_clearly_and_resume_when_space_returns_with_nothing_acknowledged_lost()
    {
        using var disk = SmallDisk.Mount(megabytes: 16);
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { DatabasePath = Path.Combine(disk.Path, "parley.db") });
        var mediator = server.Client("mediator");
        var acknowledged = new List<long>();
        await Register(mediator, "RU", acknowledged);

        var filler = disk.Fill();
        HttpResponseMessage? refusal = null;
        for (var n = 0; n < 2000 && refusal is null; n++)
        {
            var response = await mediator.PostJson("/api/commands", Party($"P{n:D4}"));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                acknowledged.Add((await response.Json()).GetProperty("lastSequence").GetInt64());
                response.Dispose();
            }
            else
            {
                refusal = response;
            }
        }
        Assert.NotNull(refusal);
        using (refusal)
        {
            var problem = await refusal.Json();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refusal.StatusCode);
            Assert.Contains("disk is full: nothing of this request was recorded", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.NotNull(refusal.Headers.RetryAfter);
            Assert.DoesNotContain(disk.Path, problem.ToString(), StringComparison.Ordinal);
        }

        using (var reads = await server.Client().GetAsync("/api/exchanges", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, reads.StatusCode);
        }
        using (var health = await server.Client().GetAsync("/healthz", TestContext.Current.CancellationToken))
        {
            var json = await health.Json();
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("degraded", json.GetProperty("status").GetString());
            Assert.Equal("failing", json.GetProperty("writer").GetString());
            Assert.Equal("disk full", json.GetProperty("writerError").GetString());
            Assert.Equal(acknowledged.Max(), json.GetProperty("lastSequence").GetInt64());
        }

        File.Delete(filler);
        await Register(mediator, "UA", acknowledged);
        using (var health = await server.Client().GetAsync("/healthz", TestContext.Current.CancellationToken))
        {
            var json = await health.Json();
            Assert.Equal("ok", json.GetProperty("status").GetString());
            Assert.Equal("ok", json.GetProperty("writer").GetString());
        }
        var sequences = server.Store.Log.Read().Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.All(acknowledged, a => Assert.Contains(a, sequences));
    }

    [Fact]
    public async Task healthz_answers_503_once_the_writer_has_stopped_for_good()
    {
        await using var server = await RunningServer.StartAsync(demo: false);
        using (var ok = await server.Client().GetAsync("/healthz", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("ok", (await ok.Json()).GetProperty("writer").GetString());
        }
        await server.Store.DisposeAsync();
        using var stopped = await server.Client().GetAsync("/healthz", TestContext.Current.CancellationToken);
        var json = await stopped.Json();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
        Assert.Equal("stopped", json.GetProperty("writer").GetString());
        Assert.Equal("failing", json.GetProperty("status").GetString());
    }

    private static string Party(string code) =>
        $"{{\"command\": \"register-party\", \"code\": \"{code}\", \"name\": \"Party {code} {new string('x', 300)}\"}}";

    private static async Task Register(HttpClient mediator, string code, List<long> acknowledged)
    {
        using var response = await mediator.PostJson("/api/commands", Party(code));
        var json = await response.Json();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        acknowledged.Add(json.GetProperty("lastSequence").GetInt64());
    }
}
