using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>The request log (ASP.NET Core's HTTP logging) names the route, never the path or the query, and no body.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task a_request_is_logged_by_its_method_route_pattern_role_and_status_without_its_path()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { RequestLogging = true });
        var log = new CapturedLog();
        server.App.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);

        using (var response = await server.Client("mediator").GetAsync("/api/exchanges/secret-exchange-id/persons/secret-person-id?lang=uk", TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }
        using (var head = await server.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"), TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        }
        await server.App.StopAsync(TestContext.Current.CancellationToken);

        var line = Assert.Single(log.Lines, l => l.Contains("/api/exchanges/{exchange}/persons/{person}", StringComparison.Ordinal));
        Assert.Contains("GET", line);
        Assert.Contains("404", line);
        Assert.Contains("mediator", line);
        Assert.Single(log.Lines, l => l.Contains("Route=/healthz", StringComparison.Ordinal) && l.Contains("Method=HEAD", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Contains("secret", StringComparison.Ordinal) || l.Contains("lang=uk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task every_read_of_personal_data_leaves_an_audit_line_naming_the_token_id_and_no_personal_data()
    {
        await using var server = await RunningServer.StartAsync(demo: true);
        var log = new CapturedLog();
        server.App.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
        var exchange = server.Store.State.Exchanges.Values.First(x => !x.Persons.IsEmpty);
        var person = exchange.Persons.Values.First(p => p.Side == Core.Side.B);

        using (var roster = await server.Client("mediator").GetAsync($"/api/exchanges/{exchange.Id}/roster", TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, roster.StatusCode);
        }
        using (var one = await server.Client("partyB").GetAsync($"/api/exchanges/{exchange.Id}/persons/{person.Id}", TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, one.StatusCode);
        }

        var audit = log.Lines.Where(l => l.StartsWith("Audit: personal data read", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, audit.Count);
        Assert.Contains($"Token={TokenId(server.Tokens["mediator"])}", audit[0], StringComparison.Ordinal);
        Assert.Contains($"roster of exchange {exchange.Id}", audit[0], StringComparison.Ordinal);
        Assert.Contains($"Token={TokenId(server.Tokens["partyB"])}", audit[1], StringComparison.Ordinal);
        Assert.Contains($"person {person.Id}", audit[1], StringComparison.Ordinal);
        var names = exchange.Persons.Values.SelectMany(p => p.Details!.Names).Select(n => n.Text).ToList();
        Assert.DoesNotContain(audit, line => names.Any(n => line.Contains(n, StringComparison.Ordinal)));
        Assert.DoesNotContain(audit, line => line.Contains(server.Tokens["mediator"], StringComparison.Ordinal));
    }

    /// <summary>The id in `parley_ID_SECRET`.</summary>
    private static string TokenId(string token) => token.Split('_')[1];

    private sealed class CapturedLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            Lines.Enqueue(formatter(state, exception) + " " + fields);
        }

        public void Dispose()
        {
        }
    }
}
