namespace Parley.Cli.Tests.Support;

/// <summary>
/// A random command file on one exchange: offer lists, request lists, a run of candidates, decisions and confirmations,
/// interviews, moves along the lifecycle (many of them out of order, so rejected), stages planned and closed. Seeded, so
/// a failure can be replayed.
/// </summary>
public static class RandomCommandFile
{
    private static readonly string[] Movements = ["match", "verify", "schedule", "unschedule", "release", "receive", "dispute", "decline", "withdraw", "record-death"];

    public static List<string> Lines(Random random, int persons, int commands)
    {
        var lines = CommandLines.Setup("at least 10 for at least 10; all for all of civilian", plannedA: persons, plannedB: persons);
        lines.Add(CommandLines.List("A", [.. Enumerable.Range(1, persons / 2)]));
        lines.Add(CommandLines.List("B", [.. Enumerable.Range(persons / 2 + 1, persons - persons / 2)]));
        // UA asks RU for people r-1…, RU asks UA for the rest; a run pairs some of them with the offered people.
        lines.Add($$"""{"command":"submit-list","exchange":"x1","party":"UA","list":"request","persons":[{{string.Join(",", Enumerable.Range(1, persons / 2).Select(n => $$"""{"person":"r-{{n}}","names":["Synthetic Request {{n}}"]}"""))}}]}""");
        lines.Add($$"""{"command":"submit-list","exchange":"x1","party":"RU","list":"request","persons":[{{string.Join(",", Enumerable.Range(persons / 2 + 1, persons - persons / 2).Select(n => $$"""{"person":"r-{{n}}","names":["Synthetic Request {{n}}"]}"""))}}]}""");
        lines.Add($$"""{"command":"record-match-candidates","exchange":"x1","engineVersion":"random 1","candidates":[{{string.Join(",", Enumerable.Range(1, persons).Where(n => n % 3 != 0).Select(n => $$"""{"left":"r-{{n}}","right":"{{CommandLines.PersonId(n)}}","score":0.9,"decision":"match","evidence":"surname: exact"}"""))}}]}""");
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
            else if (roll < 20)
            {
                var n = random.Next(1, persons + 1);
                lines.Add($$"""{"command":"decide-match","exchange":"x1","left":"r-{{n}}","right":"{{CommandLines.PersonId(n)}}","verdict":"{{(random.Next(5) == 0 ? "reject" : "accept")}}","why":"random"}""");
            }
            else if (roll < 32)
            {
                var n = random.Next(1, persons + 1);
                lines.Add($$"""{"command":"confirm-match","exchange":"x1","left":"r-{{n}}","right":"{{CommandLines.PersonId(n)}}","verdict":"{{(random.Next(6) == 0 ? "refuse" : "confirm")}}"}""");
            }
            else if (roll < 38)
            {
                var outcome = new[] { "confirmed", "declined", "not-interviewed" }[random.Next(3)];
                lines.Add($$"""{"command":"record-interview","exchange":"x1","person":"{{CommandLines.PersonId(random.Next(1, persons + 1))}}","outcome":"{{outcome}}"}""");
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
