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
