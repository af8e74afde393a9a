using Parley.Core.Exchanges;

namespace Parley.Core.Claims;

/// <summary>
/// A claim held against the record as it stands: the figure the record shows, the verdict, and by how much the claim
/// differs (<see cref="Difference"/>, claimed minus recorded). Computed from the public figures only
/// (<see cref="ExchangeSummary"/>), so a reader of the public record reaches the same verdict.
/// </summary>
public sealed record ClaimCheck(Claim Claim, int Recorded, ClaimVerdict Verdict)
{
    public int Difference => Claim.Value - Recorded;

    public static ClaimCheck Of(Claim claim, ExchangeSummary summary)
    {
        Preconditions.CheckNotNull(claim);
        Preconditions.CheckNotNull(summary);
        var holder = claim.Holder == summary.SideA ? Side.A : Side.B;
        int recorded;
        bool final;
        if (claim.Stage is { } id && summary.Stages.FirstOrDefault(s => s.Id == id) is { } stage)
        {
            recorded = StageFigure(stage, holder, claim.Figure);
            final = stage.Status != StageStatus.Open.ToWord();
        }
        else
        {
            recorded = DirectionFigure(summary.Direction(holder), claim.Figure);
            final = summary.Fulfilled;
        }
        var verdict = recorded == claim.Value ? ClaimVerdict.Agrees
            : recorded < claim.Value && !final ? ClaimVerdict.NotYetInRecord
            : ClaimVerdict.Differs;
        return new ClaimCheck(claim, recorded, verdict);
    }

    private static int StageFigure(StageProgress stage, Side holder, ClaimFigure figure) => (figure, holder) switch
    {
        (ClaimFigure.Scheduled, Side.A) => stage.ScheduledA,
        (ClaimFigure.Scheduled, _) => stage.ScheduledB,
        (ClaimFigure.Released, Side.A) => stage.ReleasedA,
        (ClaimFigure.Released, _) => stage.ReleasedB,
        (ClaimFigure.Received, Side.A) => stage.ReceivedA,
        (ClaimFigure.Received, _) => stage.ReceivedB,
        (ClaimFigure.Declined, Side.A) => stage.DeclinedA,
        (ClaimFigure.Declined, _) => stage.DeclinedB,
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "a stage has no such figure of its own"),
    };

    private static int DirectionFigure(DirectionCounts counts, ClaimFigure figure) => figure switch
    {
        ClaimFigure.Requested => counts.Requested,
        ClaimFigure.Outstanding => counts.Outstanding,
        ClaimFigure.Offered => counts.Offered,
        ClaimFigure.Matched => counts.Matched,
        ClaimFigure.Verified => counts.Verified,
        ClaimFigure.Declined => counts.Declined,
        ClaimFigure.Scheduled => counts.ByStatus[PersonStatus.Scheduled.ToWord()],
        ClaimFigure.Released => counts.Released,
        _ => counts.Received,
    };
}
