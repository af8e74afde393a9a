using Parley.Core.Exchanges;

namespace Parley.Core.Feasibility;

/// <summary>
/// The people of one side under one term, by where they stand: the offer list by status, and the requests the
/// receiving side made of this side. Counts only, never a person. Immutable.
/// </summary>
/// <param name="Requested">Requests of this direction under the term, matched or outstanding (not withdrawn or carried).</param>
/// <param name="Outstanding">Requests still without a match: asked for, not (yet) offered or matched.</param>
/// <param name="Offered">On the offer list, not yet matched.</param>
/// <param name="Matched">Matched, not yet verified.</param>
/// <param name="Verified">Verified and not yet scheduled: ready to go.</param>
/// <param name="Scheduled">Scheduled into a stage, not yet released.</param>
/// <param name="Released">Released (received and disputed included).</param>
/// <param name="Declined">Declined to return (their right).</param>
/// <param name="Left">Withdrawn from the list or deceased.</param>
public readonly record struct StatusCounts(
    int Requested, int Outstanding, int Offered, int Matched, int Verified, int Scheduled, int Released, int Declined, int Left)
{
    /// <summary>Still to be resolved: offered, matched, verified or scheduled.</summary>
    public int Pending => Offered + Matched + Verified + Scheduled;

    /// <summary>Ready to go: verified or scheduled.</summary>
    public int Ready => Verified + Scheduled;

    /// <summary>Everyone who is or could still be released counting only people at least this far along.</summary>
    public int Available(Readiness readiness) => Released + readiness switch
    {
        Readiness.Asked => Pending + Outstanding,
        Readiness.Offered => Pending,
        Readiness.Matched => Matched + Verified + Scheduled,
        Readiness.Verified => Verified + Scheduled,
        _ => throw new ArgumentOutOfRangeException(nameof(readiness), readiness, "readiness must be a defined level."),
    };

    internal StatusCounts Add(PersonStatus status, int count) => status switch
    {
        PersonStatus.Offered => this with { Offered = Offered + count },
        PersonStatus.Matched => this with { Matched = Matched + count },
        PersonStatus.Verified => this with { Verified = Verified + count },
        PersonStatus.Scheduled => this with { Scheduled = Scheduled + count },
        PersonStatus.Released or PersonStatus.Received or PersonStatus.Disputed => this with { Released = Released + count },
        PersonStatus.Declined => this with { Declined = Declined + count },
        PersonStatus.Withdrawn or PersonStatus.Deceased => this with { Left = Left + count },
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "status must be a defined person status."),
    };

    internal StatusCounts Add(RequestStatus status, int count = 1) => status switch
    {
        RequestStatus.Requested => this with { Requested = Requested + count, Outstanding = Outstanding + count },
        RequestStatus.Matched => this with { Requested = Requested + count },
        RequestStatus.Withdrawn or RequestStatus.Carried => this,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "status must be a defined request status."),
    };

    internal StatusCounts Plus(StatusCounts other) => new(
        Requested + other.Requested, Outstanding + other.Outstanding, Offered + other.Offered, Matched + other.Matched,
        Verified + other.Verified, Scheduled + other.Scheduled, Released + other.Released, Declined + other.Declined, Left + other.Left);
}
