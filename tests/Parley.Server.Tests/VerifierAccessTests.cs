using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parley.Server.Access;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>
/// The neutral verifier's token (`parley tokens new --role verifier`) opens no more than the public may, on every
/// endpoint the server maps; where the public is asked to sign in (401), the verifier is refused (403).
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class VerifierAccessTests(DemoServer demo)
{
    /// <summary>A sample value for each route parameter, so that every mapped route can be asked for.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["{id}"] = "may-2025",
        ["{exchange}"] = "may-2025",
        ["{live}"] = "may-2025",
        ["{person}"] = "may-2025-A-00001",
        ["{documentName}"] = "v1",
        ["{documentName?}"] = "v1",
        ["{**path}"] = "0/000",
    };

    [Fact]
    public async Task a_verifier_may_do_exactly_what_the_public_may()
    {
        var (_, token) = demo.Server.App.Services.GetRequiredService<TokenStore>().Create(Role.Verifier, null);
        using var verifier = demo.Server.Client();
        verifier.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var anonymous = demo.Server.Client();
        var differences = new List<string>();
        foreach (var endpoint in demo.Server.Endpoints)
        {
            var path = Samples.Aggregate("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), (p, s) => p.Replace(s.Key, s.Value));
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var asPublic = await StatusOf(anonymous, method, path);
                var asVerifier = await StatusOf(verifier, method, path);
                var expected = asPublic == HttpStatusCode.Unauthorized ? HttpStatusCode.Forbidden : asPublic;
                if (asVerifier != expected)
                {
                    differences.Add($"{method} {path}: public {(int)asPublic}, verifier {(int)asVerifier}");
                }
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static async Task<HttpStatusCode> StatusOf(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
