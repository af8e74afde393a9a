using System.Globalization;
using Parley.Core.Matching;
using Parley.Reconciliation;
using Parley.Store.Domain;
using Spectre.Console;

namespace Parley.Cli.Reconcile;

/// <summary>
/// What `parley reconcile --exchange` prints on the mediator's terminal: who was compared, the counts, and each review
/// candidate's evidence field by field (what each side wrote: the mediator may see names; nothing here is published).
/// </summary>
internal static class ExchangeReconcileSummary
{
    public static void Render(TextWriter output, ExchangeReconciliation.Outcome o, CommandOutcome? recorded)
    {
        // Sentences go to the writer whole (a console would wrap them at its width); tables go through Spectre.
        var console = Consoles.For(output);
        var x = o.Exchange;
        foreach (var d in o.Directions)
        {
            output.WriteLine(Text($"{x.PartyOf(d.Holder)} → {x.ReceiverOf(d.Holder)}: {Count(d.Requests, "outstanding request")} of {x.ReceiverOf(d.Holder)} against {Count(d.Offers, "offered person", "offered people")} of {x.PartyOf(d.Holder)}; changed since the last run: {d.ChangedRequests} and {d.ChangedOffers}"));
        }
        if (o.Changed == 0)
        {
            output.WriteLine("nothing changed since the last run: no one to re-match");
            return;
        }
        output.WriteLine(o.FirstRun ? Text($"matched the lists of exchange {x.Id}") : Text($"re-matched {People(o.Changed)} changed since the last run"));

        var table = new Table().Border(TableBorder.Simple).AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("candidates", N(o.Candidates.Count));
        table.AddRow("match", N(o.Candidates.Count(c => c.Decision == CandidateDecision.Match)));
        table.AddRow("review", N(o.Candidates.Count(c => c.Decision == CandidateDecision.Review)));
        console.Write(table);

        if (recorded is not null)
        {
            output.WriteLine(recorded.Accepted
                ? Text($"recorded {Count(o.Candidates.Count, "candidate")} (event {recorded.FirstSequence})")
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
                foreach (var field in review.Evidence.Where(e => !e.Level.IsMissing))
                {
                    reviews.AddRow(
                        Markup.Escape(first ? $"{review.Candidate.Left}:{review.Candidate.Right}" : ""),
                        first ? review.Candidate.Score.ToString("0.0000", CultureInfo.InvariantCulture) : "",
                        ListRecords.FieldName(field.Field), Markup.Escape(field.Left), Markup.Escape(field.Right), Markup.Escape(field.Level.Name));
                    first = false;
                }
            }
            console.Write(reviews);
        }
        if (o.Candidates.Count > 0)
        {
            output.WriteLine(Text($"decide each pair with: parley reconcile --exchange {x.Id} --accept LEFT:RIGHT (or --reject LEFT:RIGHT) --why TEXT"));
        }
    }

    private static string People(int n) => n == 1 ? "1 person" : N(n) + " people";

    private static string Count(int n, string noun, string? plural = null) => n == 1 ? $"1 {noun}" : $"{N(n)} {plural ?? noun + "s"}";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
