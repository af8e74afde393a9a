using System.Globalization;
using NodaTime;
using Parley.Core.Feasibility;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>
/// `parley feasibility` as tables: the lists against what the formula needs, the verdicts, the forecast with its rates.
/// Sentences go through <see cref="Say"/> unwrapped, so a long one stays one line for grep and for tests.
/// </summary>
internal static class FeasibilityView
{
    public static void Render(IAnsiConsole console, FeasibilityReport r)
    {
        var agreed = r.AgreedFormula is { } own ? $" (agreed: {Markup.Escape(own)})" : "";
        var what = r.WhatIf ? $"what if [bold]{Markup.Escape(r.Formula)}[/]{agreed}" : $"[bold]{Markup.Escape(r.Formula)}[/]";
        var subject = r.Round is { } round ? $"round {round} ({string.Join(", ", r.Exchanges)})" : r.Exchange;
        console.Write(new Rule($"[bold]{Markup.Escape(subject ?? "")}[/]: {what} — A {Markup.Escape(r.SideA)}, B {Markup.Escape(r.SideB)}").LeftJustified());
        if (r.Round is not null)
        {
            Say(console, $"the lists of the round's {(r.Exchanges.Length == 1 ? "exchange" : $"{r.Exchanges.Length} exchanges")} ({string.Join(", ", r.Exchanges)}) are attributed to this formula's terms by each entry's categories and added up; the pace is theirs together");
        }
        else if (r.WhatIf)
        {
            console.MarkupLine("[grey]the lists are attributed to this formula's terms anew, by each entry's categories[/]");
        }

        var lists = new Table().AddColumn("");
        foreach (var t in r.Terms)
        {
            lists.AddColumn(Markup.Escape($"{t.Number}. {r.SideA} → {r.SideB}"), c => c.RightAligned());
            lists.AddColumn(Markup.Escape($"{t.Number}. {r.SideB} → {r.SideA}"), c => c.RightAligned());
        }
        Row(lists, "needs", r.Terms, s => s.Need is not null ? s.Quantity : $"all ({N(s.AllAmountsTo ?? 0)} today)");
        Row(lists, "requested", r.Terms, s => N(s.Counts.Requested));
        Row(lists, "outstanding requests", r.Terms, s => N(s.Counts.Outstanding));
        Row(lists, "offered", r.Terms, s => N(s.Counts.Offered));
        Row(lists, "matched", r.Terms, s => N(s.Counts.Matched));
        Row(lists, "verified", r.Terms, s => N(s.Counts.Verified));
        Row(lists, "scheduled", r.Terms, s => N(s.Counts.Scheduled));
        Row(lists, "released", r.Terms, s => N(s.Counts.Released));
        Row(lists, "declined", r.Terms, s => N(s.Counts.Declined));
        Row(lists, "ready now (released, verified or scheduled)", r.Terms, s => N(s.ReadyNow));
        foreach (var t in r.Terms)
        {
            Say(console, $"term {t.Number}: {t.Text}{(t.Balanced ? " (balanced: 1:1 in every stage)" : "")}");
        }
        console.Write(lists);
        if (r.Floor is { } floor)
        {
            Say(console, $"floor: at least {N(floor.EachSide)} in total each side; the most {r.SideA} can release under the terms is {N(floor.MostA)} ({N(floor.ReadyA)} ready now), {r.SideB} {N(floor.MostB)} ({N(floor.ReadyB)} ready now)");
        }
        if (r.UnderNoTermA + r.UnderNoTermB > 0)
        {
            Say(console, $"under no term of this formula (cannot be released under it): {N(r.UnderNoTermA)} held by {r.SideA}, {N(r.UnderNoTermB)} held by {r.SideB}");
        }

        console.WriteLine();
        var headline = r.Feasible ? "[green]can be fulfilled[/] from the offer lists now" : "[red]cannot be fulfilled[/] from the offer lists now";
        console.MarkupLine($"[bold]verdict[/]: {headline}");
        if (r.Binding is { } binding)
        {
            Say(console, $"  binding constraint: {binding}");
        }
        var levels = new Table().AddColumns("Counting", "Fulfillable", "Binding constraint");
        foreach (var level in r.Levels)
        {
            levels.AddRow(Markup.Escape(level.Readiness.Describe()), level.Feasible ? "[green]yes[/]" : "[red]no[/]", Markup.Escape(level.Binding ?? "(none: only \"all\" terms)"));
        }
        console.Write(levels);

        Forecast(console, r.Forecast);
        if (r.Largest is { } largest)
        {
            Largest(console, largest);
        }
    }

    private static void Row(Table table, string what, IEnumerable<TermFeasibility> terms, Func<TermSide, string> cell) =>
        table.AddRow([Markup.Escape(what), .. terms.SelectMany(t => new[] { Markup.Escape(cell(t.A)), Markup.Escape(cell(t.B)) })]);

    /// <summary>A sentence as it is, on its own line: not wrapped at the console's width.</summary>
    private static void Say(IAnsiConsole console, string text)
    {
        console.Profile.Out.Writer.WriteLine(text);
    }

    private static void Forecast(IAnsiConsole console, Forecast f)
    {
        console.WriteLine();
        switch (f.Status)
        {
            case ForecastStatus.Fulfilled:
                console.MarkupLine($"[bold]when[/]: [green]fulfilled[/] on {Iso(f.FulfilledOn)}");
                return;
            case ForecastStatus.Unavailable:
                console.MarkupLine("[bold]when[/]: no forecast" + (f.AsOf is { } asOf ? $" (as of {Iso(asOf)})" : ""));
                foreach (var missing in f.Missing)
                {
                    Say(console, $"  missing: {missing}");
                }
                break;
            default:
                Say(console, $"when (as of {Iso(f.AsOf)}, {N(f.Runs)} runs, seed {f.Seed}): the exchange is fulfilled by {Range(f.Exchange!)}");
                if (f.StagesToCome is { } stages)
                {
                    console.MarkupLine($"  stages still to come: {stages.P50} (P10 {stages.P10}, P90 {stages.P90})");
                }
                if (f.By is { } by && f.ChanceBy is { } chance)
                {
                    console.MarkupLine($"  chance of fulfilment by {Iso(by)}: {chance.ToString("P0", CultureInfo.InvariantCulture)}");
                }
                var dates = new Table().AddColumns("", "P10", "P50", "P90", "never (3-year horizon)");
                for (var i = 0; i < f.Terms.Length; i++)
                {
                    DateRow(dates, $"term {i + 1}", f.Terms[i]);
                }
                foreach (var stage in f.Stages)
                {
                    DateRow(dates, $"stage {stage.Number} ({stage.Share.ToString("P0", CultureInfo.InvariantCulture)} of runs)", stage.Dates);
                }
                console.Write(dates);
                break;
        }
        if (!f.Rates.IsEmpty)
        {
            Say(console, "rates, each with the assumption behind it:");
            foreach (var rate in f.Rates)
            {
                Say(console, $"  {rate.Name}: {rate.Value} ({rate.Source.ToString().ToLowerInvariant()}) — {rate.Assumption}");
            }
        }
    }

    private static void Largest(IAnsiConsole console, LargestFormula l)
    {
        console.WriteLine();
        Say(console, l.OnLists is { } n
            ? $"largest {l.Template}: N = {N(n)} from the offer lists now ({l.OnListsFormula})"
            : $"largest {l.Template}: none, not even N = 1, from the offer lists now");
        console.MarkupLine($"  ready now (verified): {(l.ReadyNow is { } ready ? "N = " + N(ready) : "none")}");
        if (l.Limit is { } limit)
        {
            Say(console, $"  one more cannot be carried: {limit}");
        }
        if (l.By is { } by)
        {
            Say(console, l.ByNote is { } note
                ? $"  by {Iso(by)}: no answer, {note}"
                : $"  by {Iso(by)}: N = {Maybe(l.ByLikely)} in at least half the runs, N = {Maybe(l.ByAlmostSurely)} in at least nine runs in ten");
        }
    }

    private static void DateRow(Table table, string what, DateRange range) =>
        table.AddRow(Markup.Escape(what), Iso(range.P10), Iso(range.P50), Iso(range.P90), range.ShareNever.ToString("P0", CultureInfo.InvariantCulture));

    private static string Range(DateRange range) => $"{Iso(range.P50)} (P10 {Iso(range.P10)}, P90 {Iso(range.P90)})";

    private static string Maybe(int? n) => n is { } value ? N(value) : "none";

    private static string Iso(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "beyond 3 years";

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
