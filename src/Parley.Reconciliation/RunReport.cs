using Parley.Core;
using Parley.Core.Matching;

namespace Parley.Reconciliation;

/// <summary>
/// What one run of <see cref="ExchangeReconciliation"/> found, in plain values: who was compared in each direction, the
/// counts, and each review candidate's evidence field by field. The same report is printed by `parley reconcile
/// --exchange` whether it ran on the database or inside a server (which sends it to the mediator as JSON). It holds what
/// the lists wrote, so it is for the mediator's eyes only.
/// </summary>
public sealed record RunReport(string Exchange, bool FirstRun, IReadOnlyList<RunReport.DirectionPart> Directions, int Candidates, int Matches, IReadOnlyList<RunReport.ReviewPart> Reviews)
{
    /// <summary>One direction, named by the holding side: its party, the receiving party, and how many took part.</summary>
    public sealed record DirectionPart(Side Holder, string From, string To, int Requests, int Offers, int ChangedRequests, int ChangedOffers);

    /// <summary>A review candidate: the request, the offered person, the match probability and what each list wrote.</summary>
    public sealed record ReviewPart(string Left, string Right, double Score, IReadOnlyList<FieldPart> Fields);

    /// <summary>One field of a pair: its name, what the request and the offer wrote, and how alike they are.</summary>
    public sealed record FieldPart(string Field, string Request, string Offered, string Level);

    /// <summary>Entries listed or amended since the run before, in both directions.</summary>
    public int Changed => Directions.Sum(d => d.ChangedRequests + d.ChangedOffers);

    /// <summary>The report of an outcome.</summary>
    public static RunReport Of(ExchangeReconciliation.Outcome outcome)
    {
        var x = outcome.Exchange;
        return new RunReport(x.Id, outcome.FirstRun,
            [.. outcome.Directions.Select(d => new DirectionPart(d.Holder, x.PartyOf(d.Holder), x.ReceiverOf(d.Holder), d.Requests, d.Offers, d.ChangedRequests, d.ChangedOffers))],
            outcome.Candidates.Count,
            outcome.Candidates.Count(c => c.Decision == CandidateDecision.Match),
            [.. outcome.Reviews.Select(r => new ReviewPart(r.Candidate.Left, r.Candidate.Right, r.Candidate.Score,
                [.. r.Evidence.Where(e => !e.Level.IsMissing).Select(e => new FieldPart(ListRecords.FieldName(e.Field), e.Left, e.Right, e.Level.Name))]))]);
    }
}
