using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// Every endpoint the server maps × every kind of caller, allowed or denied as the table below says. The endpoints come
/// from the server's own endpoint list, so an endpoint added without a row here fails
/// <see cref="every_mapped_endpoint_has_a_row_in_the_access_table"/>.
/// </summary>
public abstract class AuthorizationMatrixContract(DemoServer demo)
{
    private static readonly string[] Everyone = ["public", "mediator", "partyA", "partyB", "press", "verifier"];
    private static readonly string[] DeskRoles = ["mediator", "partyA", "partyB", "verifier"];
    private static readonly string[] Callers = [.. Everyone, "bad", "revoked"];

    /// <summary>(method, route pattern) → the sample request and the callers allowed; everyone else is denied.</summary>
    private static readonly Dictionary<(string Method, string Pattern), (string Path, string? Body, string[] Allowed)> Table = new()
    {
        [("GET", "/healthz")] = ("/healthz", null, Everyone),
        [("GET", "/openapi/{documentName}.json")] = ("/openapi/v1.json", null, Everyone),
        [("GET", "/scalar/{documentName?}")] = ("/scalar/v1", null, Everyone),
        [("GET", "/scalar/scalar.js")] = ("/scalar/scalar.js", null, Everyone),
        [("GET", "/scalar/scalar.aspnetcore.js")] = ("/scalar/scalar.aspnetcore.js", null, Everyone),
        [("GET", "/scalar/favicon.svg")] = ("/scalar/favicon.svg", null, Everyone),
        [("POST", "/api/commands")] = ("/api/commands", "{}", ["mediator", "partyA", "partyB", "press", "verifier"]),
        [("GET", "/api/rounds")] = ("/api/rounds", null, Everyone),
        [("GET", "/api/parties")] = ("/api/parties", null, Everyone),
        [("GET", "/api/mediators")] = ("/api/mediators", null, Everyone),
        [("GET", "/api/rounds/{id}")] = ("/api/rounds/r1", null, Everyone),
        [("GET", "/api/statements")] = ("/api/statements", null, Everyone),
        [("GET", "/api/agreements")] = ("/api/agreements", null, Everyone),
        [("GET", "/api/claims")] = ("/api/claims", null, Everyone),
        [("GET", "/api/exchanges")] = ("/api/exchanges", null, Everyone),
        [("GET", "/api/exchanges/{id}")] = ("/api/exchanges/may-2025", null, Everyone),
        [("GET", "/api/exchanges/{id}/feasibility")] = ("/api/exchanges/july-2025/feasibility", null, Everyone),
        [("GET", "/api/rounds/{id}/feasibility")] = ("/api/rounds/r3/feasibility?formula=1300%20for%201300", null, Everyone),
        [("GET", "/api/exchanges/{exchange}/roster")] = ("/api/exchanges/may-2025/roster", null, ["mediator", "partyA", "partyB"]),
        // may-2025-A-00001 is on side A, Russia's roster: Ukraine's officer may not see them.
        [("GET", "/api/exchanges/{exchange}/persons/{person}")] = ("/api/exchanges/may-2025/persons/may-2025-A-00001", null, ["mediator", "partyA"]),
        [("GET", "/api/exchanges/{exchange}/lists")] = ("/api/exchanges/may-2025/lists", null, Everyone),
        [("GET", "/api/exchanges/{exchange}/candidates")] = ("/api/exchanges/may-2025/candidates", null, ["mediator", "partyA", "partyB"]),
        [("GET", "/api/exchanges/{exchange}/interviews")] = ("/api/exchanges/may-2025/interviews", null, ["mediator", "verifier"]),
        // Thresholds out of range: 400 for anyone let through, so the check starts no run of the demo.
        [("POST", "/api/exchanges/{exchange}/reconciliation")] = ("/api/exchanges/may-2025/reconciliation?match=2", "", ["mediator"]),
        [("GET", "/api/exchanges/{exchange}/reconciliation")] = ("/api/exchanges/may-2025/reconciliation", null, ["mediator"]),
        [("GET", "/desk/sign-in")] = ("/desk/sign-in", null, Everyone),
        // Without its form token a desk form is 400 for anyone let through: the access rule is what is checked here.
        [("POST", "/desk/sign-in")] = ("/desk/sign-in", "", Everyone),
        [("POST", "/desk/sign-out")] = ("/desk/sign-out", "", DeskRoles),
        [("GET", "/desk/")] = ("/desk/", null, DeskRoles),
        [("GET", "/desk/exchanges/{exchange}/")] = ("/desk/exchanges/may-2025/", null, DeskRoles),
        [("GET", "/desk/exchanges/{exchange}/events")] = ("/desk/exchanges/may-2025/events", null, DeskRoles),
        [("GET", "/desk/exchanges/{exchange}/lists/{holder}/{list}")] = ("/desk/exchanges/may-2025/lists/A/request", null, ["mediator", "partyA", "partyB"]),
        [("POST", "/desk/exchanges/{exchange}/lists")] = ("/desk/exchanges/may-2025/lists", "", ["mediator", "partyA", "partyB"]),
        [("GET", "/desk/exchanges/{exchange}/reconcile")] = ("/desk/exchanges/may-2025/reconcile", null, ["mediator"]),
        [("POST", "/desk/exchanges/{exchange}/reconcile")] = ("/desk/exchanges/may-2025/reconcile", "", ["mediator"]),
        [("GET", "/desk/exchanges/{exchange}/candidates")] = ("/desk/exchanges/may-2025/candidates", null, ["mediator", "partyA", "partyB"]),
        [("POST", "/desk/exchanges/{exchange}/decisions")] = ("/desk/exchanges/may-2025/decisions", "", ["mediator"]),
        [("POST", "/desk/exchanges/{exchange}/review-items")] = ("/desk/exchanges/may-2025/review-items", "", ["mediator"]),
        [("POST", "/desk/exchanges/{exchange}/confirmations")] = ("/desk/exchanges/may-2025/confirmations", "", ["partyA", "partyB"]),
        [("GET", "/desk/exchanges/{exchange}/interviews")] = ("/desk/exchanges/may-2025/interviews", null, ["mediator", "verifier"]),
        [("POST", "/desk/exchanges/{exchange}/interviews")] = ("/desk/exchanges/may-2025/interviews", "", ["verifier"]),
        [("GET", "/desk/exchanges/{exchange}/stages")] = ("/desk/exchanges/may-2025/stages", null, ["mediator"]),
        [("POST", "/desk/exchanges/{exchange}/stages")] = ("/desk/exchanges/may-2025/stages", "", ["mediator"]),
        [("POST", "/desk/exchanges/{exchange}/schedule")] = ("/desk/exchanges/may-2025/schedule", "", ["mediator"]),
        // Family receipts: the sample names an offered person, so a party let through gets 409 and nothing is recorded.
        [("POST", "/api/exchanges/{exchange}/receipts/{request}")] = ("/api/exchanges/may-2025/receipts/may-2025-A-00001", "", ["partyA", "partyB"]),
        [("DELETE", "/api/exchanges/{exchange}/receipts/{request}")] = ("/api/exchanges/may-2025/receipts/may-2025-A-00001", null, ["partyA", "partyB"]),
        [("GET", "/family")] = ("/family", null, Everyone),
        // No code: 400 for anyone (a wrong one would be the neutral page, 200); never 401 or 403.
        [("POST", "/family")] = ("/family", "", Everyone),
        [("GET", "/family/feed/{capability}.atom")] = ("/family/feed/nothing.atom", null, Everyone),
        [("GET", "/family/events/{capability}")] = ("/family/events/nothing", null, Everyone),
        [("GET", "/assets/family.js")] = ("/assets/family.js", null, Everyone),
        [("GET", "/desk/exchanges/{exchange}/receipts")] = ("/desk/exchanges/may-2025/receipts", null, ["partyA", "partyB"]),
        [("POST", "/desk/exchanges/{exchange}/receipts")] = ("/desk/exchanges/may-2025/receipts", "", ["partyA", "partyB"]),
        [("GET", "/assets/desk.css")] = ("/assets/desk.css", null, Everyone),
        [("GET", "/assets/desk.js")] = ("/assets/desk.js", null, Everyone),
        [("POST", "/api/live/{live}/entries")] = ("/api/live/may-2025/entries", "{}", ["press"]),
        [("GET", "/")] = ("/", null, Everyone),
        [("GET", "/live")] = ("/live", null, Everyone),
        [("GET", "/live/{id}")] = ("/live/may-2025", null, Everyone),
        [("GET", "/live/{id}/events")] = ("/live/may-2025/events", null, Everyone),
        [("GET", "/live/{id}/feed.atom")] = ("/live/may-2025/feed.atom", null, Everyone),
        [("GET", "/live/{id}/feed.json")] = ("/live/may-2025/feed.json", null, Everyone),
        [("GET", "/live/{id}/key-events.atom")] = ("/live/may-2025/key-events.atom", null, Everyone),
        [("GET", "/live/{id}/key-events.json")] = ("/live/may-2025/key-events.json", null, Everyone),
        [("GET", "/live/{id}/counter.svg")] = ("/live/may-2025/counter.svg", null, Everyone),
        [("GET", "/live/{id}/counter.json")] = ("/live/may-2025/counter.json", null, Everyone),
        [("GET", "/live/{id}/embed")] = ("/live/may-2025/embed", null, Everyone),
        [("GET", "/assets/embed.css")] = ("/assets/embed.css", null, Everyone),
        [("GET", "/assets/embed.js")] = ("/assets/embed.js", null, Everyone),
        [("GET", "/assets/live.css")] = ("/assets/live.css", null, Everyone),
        [("GET", "/assets/live.js")] = ("/assets/live.js", null, Everyone),
        [("GET", "/log/checkpoint")] = ("/log/checkpoint", null, Everyone),
        [("GET", "/log/tile/{**path}")] = ("/log/tile/0/000", null, Everyone),
        [("GET", "/log/latest-checkpoint")] = ("/log/latest-checkpoint", null, Everyone),
        [("GET", "/log/log.pub")] = ("/log/log.pub", null, Everyone),
        // Anyone may hand back a cosignature: only a valid one by a witness registered in the log is kept ("{}" is 400).
        [("POST", "/log/cosignatures")] = ("/log/cosignatures", "{}", Everyone),
    };

    private IEnumerable<(string Method, string Pattern)> Mapped() =>
        demo.Server.Endpoints.SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))));

    [Fact]
    public void every_mapped_endpoint_has_a_row_in_the_access_table()
    {
        var missing = Mapped().Where(e => !Table.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "endpoints without a row in the access table: " + string.Join(", ", missing.Select(m => $"{m.Method} {m.Pattern}")));
    }

    [Fact]
    public void every_row_of_the_access_table_is_a_mapped_endpoint()
    {
        var mapped = Mapped().ToHashSet();
        Assert.Empty(Table.Keys.Where(k => !mapped.Contains(k)).Select(k => $"{k.Method} {k.Pattern}"));
    }

    [Fact]
    public async Task every_endpoint_allows_exactly_the_roles_of_its_row_and_denies_the_rest()
    {
        var failures = new List<string>();
        foreach (var endpoint in Mapped().Where(Table.ContainsKey).Distinct())
        {
            var (path, body, allowed) = Table[endpoint];
            foreach (var caller in Callers)
            {
                var status = await StatusOf(caller, endpoint.Method, path, body);
                var expected = allowed.Contains(caller) ? "allowed"
                    : caller is "public" or "bad" or "revoked" ? "401" : "403";
                var actual = status switch
                {
                    HttpStatusCode.Unauthorized => "401",
                    // A desk page sends the public to the sign-in page rather than answering 401.
                    HttpStatusCode.Redirect when endpoint.Pattern.StartsWith("/desk", StringComparison.Ordinal) => "401",
                    HttpStatusCode.Forbidden => "403",
                    _ => "allowed",
                };
                if (actual != expected)
                {
                    failures.Add($"{endpoint.Method} {path} as {caller}: expected {expected}, got {(int)status}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<HttpStatusCode> StatusOf(string caller, string method, string path, string? body)
    {
        using var client = demo.Server.Client(caller, followRedirects: false);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = body.Length == 0
                ? new FormUrlEncodedContent([])
                : new StringContent(body, Encoding.UTF8, "application/json");
        }
        // Headers only: the event stream never ends by itself.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}

/// <summary>The tests of <see cref="AuthorizationMatrixContract"/> on the SQLite demo server.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class AuthorizationMatrixTests(DemoServer demo) : AuthorizationMatrixContract(demo);

/// <summary>The tests of <see cref="AuthorizationMatrixContract"/> on the PostgreSQL demo server.</summary>
[Collection(PostgresDemoServerCollection.Name)]
public sealed class PostgresAuthorizationMatrixTests(PostgresDemoServer demo) : AuthorizationMatrixContract(demo);
