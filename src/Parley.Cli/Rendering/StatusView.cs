using System.Globalization;
using NodaTime;
using NodaTime.Text;
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
            ExchangeView.Render(console, x);
        }
        console.MarkupLine($"[grey]{report.Events} events in the log.[/]");
    }

    private static string Minutes(Duration d) => $"{(int)d.TotalHours}h {d.Minutes:D2}m";
}
