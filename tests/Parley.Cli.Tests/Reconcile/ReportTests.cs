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
        Assert.Equal(["left_id", "right_id", "score", "decision"], ReconciliationTables.MatchesHeader);
        var rows = ReconciliationTables.Matches(result).ToList();
        Assert.Equal(result.Pairs.Count, rows.Count);
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "match", "review" }));
        Assert.All(rows, r => Assert.Matches(@"^[01]\.\d{4}$", r[2]!));
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
