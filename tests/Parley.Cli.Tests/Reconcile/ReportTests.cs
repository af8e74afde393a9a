using Parley.Cli.Reconcile.Report;
using Parley.Matching.Reconciliation;
using Parley.Matching.Tests.Reconciliation;
using static Parley.Matching.Tests.Reconciliation.People;

namespace Parley.Cli.Tests.Reconcile;

public class ReportTests
{
    // A clash on the service number is the one field that holds a pair at review (issue 10: no date veto any more).
    private static ReconciliationResult WithReviewCandidate() => Reconciler.Reconcile(
        Left(Person("L-<1>", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "АВ123456", birthplace: "<script>alert('x')</script>")),
        Right(Person("R-&1", "Шевченко", "Николай", "Иванович", "1985-03-12", serviceNumber: "КМ987654", birthplace: "Київ & \"Ко\"")));

    [Fact]
    public void matches_have_the_exact_header_and_one_row_per_pair()
    {
        var result = WithReviewCandidate();
        Assert.Equal(["left_id", "right_id", "score", "decision", "item"], ReconciliationTables.MatchesHeader);
        var rows = ReconciliationTables.Matches(result).ToList();
        Assert.Equal(result.Pairs.Count, rows.Count);
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "match", "review" }));
        Assert.All(rows, r => Assert.Matches(@"^[01]\.\d{4}$", r[2]!));
        Assert.All(rows, r => Assert.Equal(r[3] == "review", r[4] is not null));
    }

    // The same name and date, two service numbers: two people, and only a person can tell which is R-1.
    private static ReconciliationResult WithTwoNamesakes() => Reconciler.Reconcile(
        Left(
            Person("L-1", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "АВ123456"),
            Person("L-2", "Шевченко", "Микола", "Іванович", "1985-03-12", serviceNumber: "КМ987654")),
        Right(Person("R-1", "Шевченко", "Николай", "Иванович", "1985-03-12")));

    [Fact]
    public void the_rows_of_one_review_item_come_together_best_first_under_one_item_id()
    {
        var result = WithTwoNamesakes();
        var rows = ReconciliationTables.Matches(result).ToList();
        var rivals = rows.Select((r, i) => (r, i)).Where(x => x.r[1] == "R-1").ToList();

        Assert.Equal(2, rivals.Count);
        Assert.Equal(rivals[0].i + 1, rivals[1].i);
        Assert.Equal(rivals[0].r[4], rivals[1].r[4]);
        Assert.StartsWith("item-", rivals[0].r[4], StringComparison.Ordinal);
        Assert.True(string.CompareOrdinal(rivals[0].r[2], rivals[1].r[2]) >= 0, "best first");
        Assert.Equal(result.Pairs.Count, rows.Count);
    }

    [Fact]
    public void the_report_shows_rival_candidates_as_one_item_with_why_each_is_held()
    {
        var result = WithTwoNamesakes();
        var item = Assert.Single(ReviewItems.Of(result), i => i.RightIds.Contains("R-1"));
        using var writer = new StringWriter();
        HtmlReport.Write(writer, result, "left.csv", "right.csv");
        var html = writer.ToString();

        var start = html.IndexOf($"<article class=\"item\" id=\"{item.Id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the item is one block");
        var block = html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
        Assert.Contains("L-1 (row", block, StringComparison.Ordinal);
        Assert.Contains("L-2 (row", block, StringComparison.Ordinal);
        Assert.Equal(2, block.Split("Why review:").Length - 1);
        Assert.Contains("(2 candidates)", block, StringComparison.Ordinal);
    }

    [Fact]
    public void the_report_shows_the_counts_the_chart_and_the_review_evidence_escaped()
    {
        var result = WithReviewCandidate();
        Assert.Equal(Decision.Review, result.DecisionOf("L-<1>", "R-&1"));
        using var writer = new StringWriter();
        HtmlReport.Write(writer, result, "left <a>.csv", "right.csv");
        var html = writer.ToString();
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains($"<th>Left records</th><td class=\"num\">{result.Left.Count:N0}</td>", html.Replace(",", ",", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"<th>Review</th><td class=\"num\">{result.Count(Decision.Review):N0}</td>", html, StringComparison.Ordinal);
        Assert.Contains("L-&lt;1&gt;", html, StringComparison.Ordinal);
        Assert.Contains("R-&amp;1", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Київ &amp; &quot;Ко&quot;", html, StringComparison.Ordinal);
        Assert.Contains("left &lt;a&gt;.csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("(holds at review)", html, StringComparison.Ordinal);
        Assert.Contains("Why review: the service numbers differ", html, StringComparison.Ordinal);
    }
}
