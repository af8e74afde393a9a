using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Parley.Ledger.Notes;

namespace Parley.Audit;

/// <summary>
/// Hands a witness's cosignature (https://c2sp.org/tlog-cosignature) back to a Parley server: <c>POST
/// &lt;log URL&gt;/cosignatures</c> with the checkpoint, the log's signature and the witness's line, as text
/// (docs/public-record.md §5). The server keeps it only if it verifies against a witness key registered in the log.
/// </summary>
public static class CosignatureSubmitter
{
    /// <summary>Posts <paramref name="cosigned"/>; returns the server's account of what it kept.</summary>
    /// <exception cref="SubmissionRefusedException">The server answered with an error.</exception>
    public static string Submit(string logUrl, Note cosigned)
    {
        var url = (logUrl.EndsWith('/') ? logUrl : logUrl + "/") + "cosignatures";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var content = new StringContent(cosigned.Format(), Encoding.UTF8, new MediaTypeHeaderValue("text/plain"));
        using var response = client.PostAsync(url, content).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new SubmissionRefusedException(url, (int)response.StatusCode, Detail(body) ?? response.ReasonPhrase ?? "no reason given");
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            var witnesses = json.RootElement.GetProperty("witnesses").EnumerateArray().Select(w => w.GetString());
            return $"submitted to {url}: the log keeps the cosignature of {string.Join(", ", witnesses)} for its checkpoint of {json.RootElement.GetProperty("size").GetInt64()} entries; " +
                $"its published checkpoint has {json.RootElement.GetProperty("publishedSize").GetInt64()} entries";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new MalformedInputException(url, $"the answer is not a Parley server's account of accepted cosignatures ({e.Message}); is this the log's URL?", e);
        }
    }

    private static string? Detail(string problem)
    {
        try
        {
            using var json = JsonDocument.Parse(problem);
            return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
