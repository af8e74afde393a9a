using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Parley.Demo.Synthetic;
using Parley.Import;
using Parley.Import.Tests.Support;
using Parley.Matching.Records;

namespace Parley.Server.Tests.Support;

/// <summary>
/// Synthetic people for the desk's tests: two parties (RU holds side A, UA side B), an agreement of "all for all", and
/// an exchange per test; UA's request list (Ukrainian Cyrillic) as an XLSX workbook and RU's offer list (other scripts,
/// with errors) as CSV, from the synthetic generator, so that reconciliation finds real candidates.
/// </summary>
public static class DeskWorld
{
    public const int People = 24;

    /// <summary>Registers the parties, a round and the agreement (once per server).</summary>
    public static async Task SetUpAsync(RunningServer server)
    {
        foreach (var line in new[]
        {
            """{"command":"register-party","code":"RU","name":"Russian Federation"}""",
            """{"command":"register-party","code":"UA","name":"Ukraine"}""",
            """{"command":"schedule-round","id":"r1","number":1,"venue":"Dolmabahçe Palace","city":"Istanbul","zone":"Europe/Istanbul","scheduledStart":"2025-05-16T13:30"}""",
            """{"command":"record-agreement","id":"a1","round":"r1","title":"Test","text":"Test terms.","terms":"all for all"}""",
        })
        {
            await MustAsync(server, line);
        }
    }

    public static async Task OpenAsync(RunningServer server, string exchange) =>
        await MustAsync(server, $$"""{"command":"open-exchange","id":"{{exchange}}","agreement":"a1","sideA":"RU","sideB":"UA"}""");

    public static async Task MustAsync(RunningServer server, string json)
    {
        using var response = await server.Client("mediator").PostJson("/api/commands", json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{json}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    /// <summary>The synthetic lists with ids prefixed by <paramref name="prefix"/> (ids are unique across an exchange's lists).</summary>
    public static (IReadOnlyList<ListRecord> Requests, IReadOnlyList<ListRecord> Offers) Lists(string prefix, int seed = 7)
    {
        var data = SyntheticLists.Generate(People, seed);
        // Categories in the synthetic lists are words of the lists' own languages; the agreement's terms cover everyone.
        return ([.. data.Left.Select(r => r with { Id = $"{prefix}-q-{r.Id}", Category = null })],
                [.. data.Right.Select(r => r with { Id = $"{prefix}-o-{r.Id}", Category = null })]);
    }

    /// <summary>A list as a workbook with Ukrainian column names.</summary>
    public static byte[] Xlsx(IReadOnlyList<ListRecord> records)
    {
        var rows = new List<IReadOnlyList<object?>> { new object?[] { "ід", "прізвище", "ім'я", "по батькові", "ПІБ", "дата народження", "особовий номер" } };
        rows.AddRange(records.Select(r => (IReadOnlyList<object?>)[r.Id, r.Surname, r.Given, r.Patronymic, r.FullName,
            r.DateOfBirth is { } d ? DateText.Format(d) : null, r.ServiceNumber]));
        return MinimalXlsx.Create(rows);
    }

    /// <summary>A list as CSV with Russian column names.</summary>
    public static byte[] Csv(IReadOnlyList<ListRecord> records)
    {
        var text = new StringBuilder("ид,фамилия,имя,отчество,ФИО,дата рождения,личный номер\n");
        foreach (var r in records)
        {
            text.AppendJoin(',', new[] { r.Id, r.Surname, r.Given, r.Patronymic, r.FullName, r.DateOfBirth is { } d ? DateText.Format(d) : null, r.ServiceNumber }
                .Select(Field)).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Field(string? value) =>
        value is null ? "" : value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Json(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
