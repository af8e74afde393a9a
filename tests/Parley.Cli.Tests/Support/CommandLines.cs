using System.Globalization;
using System.Text;

namespace Parley.Cli.Tests.Support;

/// <summary>Lines of a `parley apply` file (docs/commands.md) for the tests.</summary>
public static class CommandLines
{
    public const string Exchange = "x1";

    /// <summary>Two parties, a round, an agreement on <paramref name="terms"/> and an open exchange "x1" with stage "s1".</summary>
    public static List<string> Setup(string terms = "all for all", int plannedA = 1000, int plannedB = 1000) =>
    [
        """{"command":"register-party","code":"RU","name":"Russian Federation"}""",
        """{"command":"register-party","code":"UA","name":"Ukraine"}""",
        """{"command":"schedule-round","id":"r1","number":1,"venue":"Dolmabahçe Palace","city":"Istanbul","zone":"Europe/Istanbul","scheduledStart":"2025-05-16T13:30"}""",
        $$"""{"command":"record-agreement","id":"a1","round":"r1","title":"Test","text":"Test terms.","terms":"{{terms}}"}""",
        $$"""{"command":"open-exchange","id":"{{Exchange}}","agreement":"a1","sideA":"RU","sideB":"UA"}""",
        $$"""{"command":"plan-stage","exchange":"{{Exchange}}","stage":"s1","date":"2025-05-23","plannedA":{{plannedA}},"plannedB":{{plannedB}}}""",
    ];

    public static string PersonId(int n) => "p-" + n.ToString("D6", CultureInfo.InvariantCulture);

    public static string List(string side, params int[] persons)
    {
        var text = new StringBuilder($$"""{"command":"list-persons","exchange":"{{Exchange}}","side":"{{side}}","persons":[""");
        for (var i = 0; i < persons.Length; i++)
        {
            text.Append(i == 0 ? "" : ",");
            text.Append(CultureInfo.InvariantCulture,
                $$"""{"person":"{{PersonId(persons[i])}}","names":["Synthetic Person {{persons[i]}}",{"text":"Петренко Іван {{persons[i]}}","surname":"Петренко","given":"Іван"}],"dob":"12.04.1990","categories":["military"],"identifiers":{"list":"L-{{persons[i]}}""").Append("\"}}");
        }
        return text.Append("]}").ToString();
    }

    public static string Move(string movement, params int[] persons) => Move(movement, null, persons);

    public static string Move(string movement, string? stage, params int[] persons)
    {
        var stageField = stage is null ? "" : $"\"stage\":\"{stage}\",";
        return $$"""{"command":"{{movement}}","exchange":"{{Exchange}}",{{stageField}}"persons":[{{string.Join(",", persons.Select(p => $"\"{PersonId(p)}\""))}}]}""";
    }
}
