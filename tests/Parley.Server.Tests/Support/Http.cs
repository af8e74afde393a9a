using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Parley.Server.Tests.Support;

internal static class Http
{
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).Clone();

    public static Task<string> Text(this HttpClient client, string path) =>
        client.GetStringAsync(path, TestContext.Current.CancellationToken);

    /// <summary>Posts a press entry and returns its id and log sequence number.</summary>
    public static async Task<(string Id, long Sequence)> PostEntry(this HttpClient press, string live, string markdown, string? corrects = null, bool key = false)
    {
        var body = JsonSerializer.Serialize(new { markdown, key, corrects });
        using var response = await press.PostJson($"/api/live/{live}/entries", body);
        var json = await response.Json();
        Assert.True(response.IsSuccessStatusCode, $"posting an entry: {(int)response.StatusCode} {json}");
        return (json.GetProperty("id").GetString()!, json.GetProperty("sequence").GetInt64());
    }
}
