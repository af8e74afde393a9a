using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Parley.Core.Exchanges;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>`parley status` as tables and a progress chart.</summary>
internal static class StatusView
{
    private static readonly ZonedDateTimePattern VenueTime = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm x", DateTimeZoneProviders.Tzdb);

    public static void Render(IAnsiConsole console, StatusReport report)
    {
        console.Write(new Rule("[bold]Talks[/]").LeftJustified());
        var rounds = new Table().AddColumns("Round", "Venue", "Start (venue zone)", "Start (UTC)", "Duration", "Status");
        var heads = new List<string>();
        foreach (var r in report.Rounds)
        {
            var zone = DateTimeZoneProviders.Tzdb[r.Zone];
            var start = r.ActualStart ?? r.ScheduledStart;
            var delegations = string.Join("; ", r.Delegations.Select(d => $"{d.Key}: {string.Join(", ", d.Value.Where(m => m.Role == Core.Talks.DelegationRole.Head).Select(m => m.Name))}"));
            rounds.AddRow(
                Markup.Escape($"{r.Number} ({r.Id})"),
                Markup.Escape($"{r.Venue}, {r.City}"),
                Markup.Escape(VenueTime.Format(start.InZone(zone)) + (r.ActualStart is null ? " (scheduled)" : "")),
                Markup.Escape(start.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                r.ActualStart is { } s && r.End is { } e ? Markup.Escape(Minutes(e - s)) : "",
                r.Status);
            heads.Add($"round {r.Number}: {delegations}");
        }
        console.Write(rounds);
        foreach (var line in heads)
        {
            console.MarkupLine($"  [grey]heads of delegation, {Markup.Escape(line)}[/]");
        }

        var agreements = new Table().AddColumns("Agreement", "Round", "Terms");
        foreach (var a in report.Agreements)
        {
            agreements.AddRow(Markup.Escape(a.Id), Markup.Escape(a.Round), Markup.Escape(a.Terms ?? "(no exchange terms)"));
        }
        console.Write(agreements);

        // Exchanges in the order of the rounds their agreements came from.
        var roundOf = report.Agreements.ToDictionary(a => a.Id, a => report.Rounds.FirstOrDefault(r => r.Id == a.Round)?.Number ?? int.MaxValue);
        foreach (var x in report.Exchanges.OrderBy(x => roundOf.GetValueOrDefault(x.Agreement, int.MaxValue)).ThenBy(x => x.Stages.FirstOrDefault()?.Date))
        {
            RenderExchange(console, x);
        }
        console.MarkupLine($"[grey]{report.Events} events in the log.[/]");
    }

    private static void RenderExchange(IAnsiConsole console, ExchangeSummary x)
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
            var stages = new Table().AddColumns("Stage", "Date", "Planned A/B", "Scheduled A/B", "Released A/B", "Received A/B", "Status");
            foreach (var s in x.Stages)
            {
                stages.AddRow(Markup.Escape($"{s.Number} ({s.Id})"), s.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    $"{N(s.PlannedA)} / {N(s.PlannedB)}", $"{N(s.ScheduledA)} / {N(s.ScheduledB)}", $"{N(s.ReleasedA)} / {N(s.ReleasedB)}",
                    $"{N(s.ReceivedA)} / {N(s.ReceivedB)}", s.Status == "closed" ? "[green]closed[/]" : "open");
            }
            console.Write(stages);
        }

        var people = new Table().AddColumns("People", $"A ({x.SideA})", $"B ({x.SideB})");
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

    private static string Minutes(Duration d) => $"{(int)d.TotalHours}h {d.Minutes:D2}m";
}
