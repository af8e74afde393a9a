using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Parley.Server.Desk;

namespace Parley.Cli.Reconcile;

/// <summary>
/// `parley reconcile --exchange --server URL`: the same run and decisions, done by a running `parley serve` on its single
/// writer (docs/api.md, "Reconciling inside the server"), with the mediator's token as the caller. The server's answers
/// that refuse something come back as <see cref="ServerRefusedException"/> carrying its own sentence.
/// </summary>
internal sealed class ReconcileServer(Uri server, string token) : IDisposable
{
    /// <summary>How often the run's progress is read while it goes on.</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>The server's JSON: camelCase, enums as kebab-case words.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromSeconds(100),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public void Dispose() => _http.Dispose();

    /// <summary>Starts (or joins) the exchange's run, reports its progress until it is done or failed, and returns its last status.</summary>
    public async Task<ReconcileStatus> ReconcileAsync(string exchange, double match, double review, Action<ReconcileStatus> progress, CancellationToken cancellationToken)
    {
        var path = $"api/exchanges/{Uri.EscapeDataString(exchange)}/reconciliation";
        var status = await SendAsync<ReconcileStatus>(HttpMethod.Post,
            string.Create(CultureInfo.InvariantCulture, $"{path}?match={match:R}&review={review:R}"), null, cancellationToken);
        while (true)
        {
            progress(status);
            if (status.State is JobState.Done or JobState.Failed)
            {
                return status;
            }
            await Task.Delay(PollEvery, cancellationToken);
            status = await SendAsync<ReconcileStatus>(HttpMethod.Get, path, null, cancellationToken);
        }
    }

    /// <summary>
    /// Sends a decision (decide-match or decide-review-item) as the token's mediator; returns how many events it recorded
    /// (two for a pair when it undid a confirmed match; one per pair for an item).
    /// </summary>
    public async Task<int> DecideAsync(Core.Commands.Command decision, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(Core.Wire.CommandJson.Write(decision));
        var accepted = await SendAsync<JsonElement>(HttpMethod.Post, "api/commands", body, cancellationToken);
        return accepted.GetProperty("eventCount").GetInt32();
    }

    /// <summary>The exchange's candidate pairs awaiting a decision, as the server's candidates view lists them.</summary>
    public async Task<IReadOnlyList<Core.Matching.MatchCandidate>> AwaitingAsync(string exchange, CancellationToken cancellationToken)
    {
        var views = await SendAsync<List<CandidateRow>>(HttpMethod.Get, $"api/exchanges/{Uri.EscapeDataString(exchange)}/candidates", null, cancellationToken);
        return [.. views.Where(v => v.State == "awaiting-decision")
            .Select(v => new Core.Matching.MatchCandidate(v.Request, v.Offer, v.Score, Core.Matching.CandidateDecision.Review, ""))];
    }

    /// <summary>The fields of a candidate view an item decision needs.</summary>
    private sealed record CandidateRow(string Request, string Offer, double Score, string State);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ServerRefusedException($"cannot reach the server at {server}: {e.Message}");
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                    ?? throw new ServerRefusedException($"the server at {server} answered {path} with an empty body");
            }
            var detail = await DetailOf(response, cancellationToken);
            throw new ServerRefusedException(response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => $"the server at {server} does not know the token (unknown or revoked): {detail}",
                HttpStatusCode.Forbidden => $"the server at {server} refused: {detail} (reconciling and deciding need a mediator's token)",
                _ => $"the server at {server} refused ({(int)response.StatusCode}): {detail}",
            });
        }
    }

    /// <summary>The problem details' own sentence (with the field or rule it names), else the status line.</summary>
    private static async Task<string> DetailOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (problem.ValueKind == JsonValueKind.Object)
            {
                if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
                {
                    return string.Join("; ", errors.EnumerateObject().Select(e => $"{e.Name}: {string.Join(" ", e.Value.EnumerateArray().Select(m => m.GetString()))}"));
                }
                if (problem.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } text)
                {
                    return text;
                }
            }
        }
        catch (JsonException)
        {
        }
        return response.ReasonPhrase ?? "no reason given";
    }
}

/// <summary>The server could not be reached or refused the request; the message is the server's sentence.</summary>
internal sealed class ServerRefusedException(string message) : Exception(message);
