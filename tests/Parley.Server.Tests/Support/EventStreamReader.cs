using System.Text;

namespace Parley.Server.Tests.Support;

/// <summary>Reads a server-sent event stream as (id, data) messages, and its comments.</summary>
public sealed class EventStreamReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamReader(HttpResponseMessage response, Stream stream)
    {
        _response = response;
        _reader = new StreamReader(stream, Encoding.UTF8);
    }

    public static async Task<EventStreamReader> OpenAsync(HttpClient client, string path, long? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return new EventStreamReader(response, await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>The next message, or a comment as (null, comment); null at the end of the stream or after the timeout.</summary>
    public async Task<(long? Id, string Data)?> NextAsync(TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        long? id = null;
        var data = new StringBuilder();
        try
        {
            while (await _reader.ReadLineAsync(cts.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (id is not null || data.Length > 0)
                    {
                        return (id, data.ToString());
                    }
                    continue;
                }
                if (line.StartsWith(':'))
                {
                    return (null, line);
                }
                if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Append(line[6..]);
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
        }
        return null;
    }

    /// <summary>Every message until the first keep-alive comment (the backlog, then quiet).</summary>
    public async Task<List<(long Id, string Data)>> UntilQuietAsync(TimeSpan timeout)
    {
        var messages = new List<(long, string)>();
        while (await NextAsync(timeout) is { } message)
        {
            if (message.Id is null)
            {
                break;
            }
            messages.Add((message.Id.Value, message.Data));
        }
        return messages;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
