using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Parley.Server.Tests.Support;

/// <summary>
/// A browser without JavaScript, as far as the desk is concerned: cookies, forms with their antiforgery token, no bearer
/// token after signing in. Redirects are not followed, so a test sees each answer.
/// </summary>
public sealed partial class DeskClient : IDisposable
{
    private readonly HttpClient _http;

    private DeskClient(RunningServer server)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = server.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The client itself, for a request with headers of its own.</summary>
    public HttpClient Http => _http;

    /// <summary>The form token of the last page fetched.</summary>
    public string FormToken { get; private set; } = "";

    public static DeskClient Anonymous(RunningServer server) => new(server);

    public static async Task<DeskClient> SignInAsync(RunningServer server, string caller)
    {
        var desk = new DeskClient(server);
        await desk.GetAsync("/desk/sign-in");
        using var response = await desk.PostAsync("/desk/sign-in", [new("token", server.Tokens[caller])]);
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"signing in as {caller}: {(int)response.StatusCode}");
        return desk;
    }

    /// <summary>GETs a page and keeps its form token; returns the status and the HTML.</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (FormTokenField().Match(html) is { Success: true } m)
        {
            FormToken = WebUtility.HtmlDecode(m.Groups[1].Value);
        }
        return (response.StatusCode, html);
    }

    public Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true) =>
        _http.PostAsync(path, new FormUrlEncodedContent(withToken ? fields.Append(new("__form", FormToken)) : fields), TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> UploadAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string fileName, byte[] file)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(new("__form", FormToken)))
        {
            content.Add(new StringContent(value), key);
        }
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        return _http.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__form\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenField();
}
