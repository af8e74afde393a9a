using System.Text.Json;

namespace Parley.Cli.Tests.Support;

/// <summary>`parley status --json` parsed, with the few look-ups the tests need.</summary>
public sealed class Status : IDisposable
{
    private readonly JsonDocument _document;

    private Status(JsonDocument document) => _document = document;

    public static async Task<Status> Of(string db)
    {
        var result = await ParleyCli.Run("status", "--db", db, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return new Status(JsonDocument.Parse(result.Output));
    }

    public JsonElement Root => _document.RootElement;

    public long Events => Root.GetProperty("events").GetInt64();

    public JsonElement Exchange(string id) =>
        Root.GetProperty("exchanges").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);

    public JsonElement Stage(string exchange, string stage) =>
        Exchange(exchange).GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("id").GetString() == stage);

    public int InStatus(string exchange, string side, string status) =>
        Exchange(exchange).GetProperty(side).GetProperty("byStatus").GetProperty(status).GetInt32();

    public void Dispose() => _document.Dispose();
}
