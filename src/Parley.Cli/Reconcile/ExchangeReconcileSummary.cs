using System.Globalization;
using Parley.Reconciliation;
using Parley.Store.Domain;
using Spectre.Console;

namespace Parley.Cli.Reconcile;

/// <summary>
/// What `parley reconcile --exchange` prints on the mediator's terminal: who was compared, the counts, and each review
/// candidate's evidence field by field (what each side wrote: the mediator may see names; nothing here is published).
/// The same whether the run was on the database or inside a server (<see cref="RunReport"/>).
/// </summary>
internal static class ExchangeReconcileSummary
{
    /// <summary>A run's report and, when it recorded candidates, the first log sequence of that (else why not).</summary>
    public static void Render(TextWriter output, RunReport o, Recorded? recorded)
    {
        // Sentences go to the writer whole (a console would wrap them at its width); tables go through Spectre.
        var console = Consoles.For(output);
        foreach (var d in o.Directions)
        {
            output.WriteLine(Text($"{d.From} → {d.To}: {Count(d.Requests, "outstanding request")} of {d.To} against {Count(d.Offers, "offered person", "offered people")} of {d.From}; changed since the last run: {d.ChangedRequests} and {d.ChangedOffers}"));
        }
        if (o.Changed == 0)
        {
            output.WriteLine("nothing changed since the last run: no one to re-match");
            return;
        }
        output.WriteLine(o.FirstRun ? Text($"matched the lists of exchange {o.Exchange}") : Text($"re-matched {People(o.Changed)} changed since the last run"));

        var table = new Table().Border(TableBorder.Simple).AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("candidates", N(o.Candidates));
        table.AddRow("match", N(o.Matches));
        table.AddRow("review items", N(Parley.Matching.Reconciliation.ReviewItems.Group(o.Reviews, r => r.Left, r => r.Right, r => r.Score).Count));
        table.AddRow("review pairs", N(o.Reviews.Count));
        console.Write(table);

        if (recorded is not null)
        {
            output.WriteLine(recorded.Accepted
                ? Text($"recorded {Count(o.Candidates, "candidate")} (event {recorded.FirstSequence})")
                : "not recorded: " + recorded.Reason);
        }
        if (o.Reviews.Count > 0)
        {
            var reviews = new Table().Border(TableBorder.Simple).Title("review candidates")
                .AddColumn("pair").AddColumn(new TableColumn("score").RightAligned()).AddColumn("field")
                .AddColumn("request").AddColumn("offered").AddColumn("level");
            foreach (var review in o.Reviews)
            {
                var first = true;
                foreach (var field in review.Fields)
                {
                    reviews.AddRow(
                        Markup.Escape(first ? $"{review.Left}:{review.Right}" : ""),
                        first ? review.Score.ToString("0.0000", CultureInfo.InvariantCulture) : "",
                        Markup.Escape(field.Field), Markup.Escape(field.Request), Markup.Escape(field.Offered), Markup.Escape(field.Level));
                    first = false;
                }
            }
            console.Write(reviews);
        }
        if (o.Candidates > 0)
        {
            output.WriteLine(Text($"decide each pair with: parley reconcile --exchange {o.Exchange} --accept LEFT:RIGHT (or --reject LEFT:RIGHT) --why TEXT; a review item (rival candidates sharing a person) at once with --accept-item LEFT:RIGHT (rejects its rivals) or --reject-item LEFT:RIGHT"));
        }
    }

    /// <summary>Whether the run's candidates were recorded: the first event's sequence, or the writer's reason for refusing them.</summary>
    public sealed record Recorded(bool Accepted, long FirstSequence, string Reason)
    {
        public static Recorded Of(CommandOutcome outcome) => new(outcome.Accepted, outcome.FirstSequence, outcome.Reason);
    }

    private static string People(int n) => n == 1 ? "1 person" : N(n) + " people";

    private static string Count(int n, string noun, string? plural = null) => n == 1 ? $"1 {noun}" : $"{N(n)} {plural ?? noun + "s"}";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
