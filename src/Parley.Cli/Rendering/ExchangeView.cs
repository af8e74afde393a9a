using System.Globalization;
using Parley.Core.Exchanges;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// One exchange's public figures as tables and a chart: what `parley status` shows from the database and `parley verify`
/// from the published log, from the same <see cref="ExchangeSummary"/>.
/// </summary>
internal static class ExchangeView
{
    public static void Render(IAnsiConsole console, ExchangeSummary x)
    {
        console.WriteLine();
        var state = x.Fulfilled ? "[green]fulfilled[/]" : "[yellow]in progress[/]";
        console.Write(new Rule($"[bold]{Markup.Escape(x.Id)}[/]: {Markup.Escape(x.Terms)} — A {Markup.Escape(x.SideA)}, B {Markup.Escape(x.SideB)} — {state}").LeftJustified());

        var terms = new Table().AddColumns("Term", $"Side A ({x.SideA})", $"Side B ({x.SideB})", "Fulfilled");
        foreach (var t in x.TermProgress)
        {
            terms.AddRow(Markup.Escape($"{t.Number}. {t.Text}"), Markup.Escape(Progress(t.A)), Markup.Escape(Progress(t.B)),
                t.Fulfilled ? "[green]yes[/]" : "no");
        }
        if (x.FloorEachSide is { } floor)
        {
            terms.AddRow(Markup.Escape($"in total, at least {floor} each"), $"{N(x.A.Released)} released", $"{N(x.B.Released)} released",
                x.A.FloorMet && x.B.FloorMet ? "[green]yes[/]" : "no");
        }
        console.Write(terms);

        if (x.Stages.Count > 0)
        {
            var stages = new Table().AddColumns("Stage", "Date", "Planned A/B", "Scheduled A/B", "Released A/B", "Received A/B", "Declined A/B", "Status");
            foreach (var s in x.Stages)
            {
                stages.AddRow(Markup.Escape($"{s.Number} ({s.Id})"), s.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    $"{N(s.PlannedA)} / {N(s.PlannedB)}", $"{N(s.ScheduledA)} / {N(s.ScheduledB)}", $"{N(s.ReleasedA)} / {N(s.ReleasedB)}",
                    $"{N(s.ReceivedA)} / {N(s.ReceivedB)}", $"{N(s.DeclinedA)} / {N(s.DeclinedB)}", s.Status == "closed" ? "[green]closed[/]" : Markup.Escape(s.Status));
            }
            console.Write(stages);
        }

        var directions = new Table().AddColumns("Lists and people", Markup.Escape($"{x.A.From} → {x.A.To}"), Markup.Escape($"{x.B.From} → {x.B.To}"));
        directions.AddRow("requested", N(x.A.Requested), N(x.B.Requested));
        directions.AddRow("outstanding requests", N(x.A.Outstanding), N(x.B.Outstanding));
        directions.AddRow("offered", N(x.A.Offered), N(x.B.Offered));
        directions.AddRow("matched", N(x.A.Matched), N(x.B.Matched));
        directions.AddRow("verified", N(x.A.Verified), N(x.B.Verified));
        directions.AddRow("declined", N(x.A.Declined), N(x.B.Declined));
        directions.AddRow("released", N(x.A.Released), N(x.B.Released));
        directions.AddRow("received", N(x.A.Received), N(x.B.Received));
        console.Write(directions);

        var people = new Table().AddColumns("Offered people now", $"A ({x.SideA})", $"B ({x.SideB})");
        foreach (var status in x.A.ByStatus.Keys)
        {
            var a = x.A.ByStatus[status];
            var b = x.B.ByStatus.GetValueOrDefault(status);
            if (a + b > 0)
            {
                people.AddRow(status, N(a), N(b));
            }
        }
        console.Write(people);

        console.MarkupLine($"[bold]returned so far[/]: {N(x.A.Released)} by {Markup.Escape(x.SideA)}, {N(x.B.Released)} by {Markup.Escape(x.SideB)}; received home: {N(x.A.Received)} and {N(x.B.Received)}");
        var chart = new BarChart().Label("[bold]released by stage[/]").Width(60);
        foreach (var s in x.Stages)
        {
            chart.AddItem($"stage {s.Number} A", s.ReleasedA, Color.SteelBlue);
            chart.AddItem($"stage {s.Number} B", s.ReleasedB, Color.Gold3);
        }
        chart.AddItem("total A", x.A.Released, Color.SteelBlue1);
        chart.AddItem("total B", x.B.Released, Color.Gold1);
        console.Write(chart);
    }

    private static string Progress(SideProgress p) =>
        $"{N(p.Released)} released of {p.Quantity}" + (p.Pending > 0 ? $", {N(p.Pending)} pending" : "");

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
