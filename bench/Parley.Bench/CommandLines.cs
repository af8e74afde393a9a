using System.Globalization;
using System.Text;

namespace Parley.Bench;

/// <summary>
/// Command lines as `parley apply` reads them (docs/commands.md), so a benchmark goes through the JSON reader too:
/// a talks record with one open exchange on "all for all" terms, and small or large person commands on it.
/// </summary>
internal static class CommandLines
{
    public const string Exchange = "x1";

    public static IReadOnlyList<string> Setup() =>
    [
        """{"command":"register-party","code":"RU","name":"Russian Federation"}""",
        """{"command":"register-party","code":"UA","name":"Ukraine"}""",
        """{"command":"schedule-round","id":"r1","number":1,"venue":"Dolmabahçe Palace","city":"Istanbul","zone":"Europe/Istanbul","scheduledStart":"2025-05-16T13:30"}""",
        """{"command":"record-agreement","id":"a1","round":"r1","title":"Bench","text":"Everyone for everyone.","terms":"all for all"}""",
        $$"""{"command":"open-exchange","id":"{{Exchange}}","agreement":"a1","sideA":"RU","sideB":"UA"}""",
    ];

    public static string PersonId(int n) => "p-" + n.ToString("D7", CultureInfo.InvariantCulture);

    public static string Side(int n) => n % 2 == 0 ? "A" : "B";

    /// <summary>Lists people <paramref name="first"/> to <paramref name="first"/> + count - 1, all on one side.</summary>
    public static string ListPersons(int first, int count, string side)
    {
        var text = new StringBuilder($$"""{"command":"list-persons","exchange":"{{Exchange}}","side":"{{side}}","persons":[""");
        for (var n = first; n < first + count; n++)
        {
            text.Append(n == first ? "" : ",");
            text.Append(CultureInfo.InvariantCulture, $$"""{"person":"{{PersonId(n)}}","names":["Synthetic Person {{n}}"],"dob":"1990-04-12"}""");
        }
        return text.Append("]}").ToString();
    }

    public static string Move(string movement, int first, int count, string? stage = null)
    {
        var text = new StringBuilder($$"""{"command":"{{movement}}","exchange":"{{Exchange}}",""");
        if (stage is not null)
        {
            text.Append("\"stage\":\"").Append(stage).Append("\",");
        }
        text.Append("\"persons\":[");
        for (var n = first; n < first + count; n++)
        {
            text.Append(n == first ? "\"" : ",\"").Append(PersonId(n)).Append('"');
        }
        return text.Append("]}").ToString();
    }

    public static string PlanStage(string stage, int plannedA, int plannedB) =>
        $$"""{"command":"plan-stage","exchange":"{{Exchange}}","stage":"{{stage}}","date":"2025-05-23","plannedA":{{plannedA}},"plannedB":{{plannedB}}}""";
}
