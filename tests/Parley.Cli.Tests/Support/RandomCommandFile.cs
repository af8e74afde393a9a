namespace Parley.Cli.Tests.Support;

/// <summary>
/// A random command file on one exchange: listings, moves along the lifecycle (many of them out of order, so rejected),
/// stages planned and closed. Seeded, so a failure can be replayed.
/// </summary>
public static class RandomCommandFile
{
    private static readonly string[] Movements = ["match", "verify", "schedule", "unschedule", "release", "receive", "dispute", "decline", "withdraw", "record-death"];

    public static List<string> Lines(Random random, int persons, int commands)
    {
        var lines = CommandLines.Setup("at least 10 for at least 10; all for all of civilian", plannedA: persons, plannedB: persons);
        lines.Add(CommandLines.List("A", [.. Enumerable.Range(1, persons / 2)]));
        lines.Add(CommandLines.List("B", [.. Enumerable.Range(persons / 2 + 1, persons - persons / 2)]));
        var stages = 1;
        for (var i = 0; i < commands; i++)
        {
            var roll = random.Next(100);
            if (roll < 4)
            {
                lines.Add($$"""{"command":"plan-stage","exchange":"x1","stage":"s{{++stages}}","date":"2025-06-01","plannedA":{{random.Next(0, 6)}},"plannedB":{{random.Next(1, 6)}}}""");
            }
            else if (roll < 8)
            {
                lines.Add($$"""{"command":"close-stage","exchange":"x1","stage":"s{{random.Next(1, stages + 1)}}"}""");
            }
            else
            {
                var movement = Movements[random.Next(Movements.Length)];
                var stage = movement is "schedule" || random.Next(4) == 0 ? $"s{random.Next(1, stages + 1)}" : null;
                var who = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, persons + 3)).Distinct().ToArray();
                lines.Add(CommandLines.Move(movement, stage, who));
            }
        }
        return lines;
    }
}
