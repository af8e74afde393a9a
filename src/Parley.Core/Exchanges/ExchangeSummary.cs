using System.Collections.Immutable;
using NodaTime;

namespace Parley.Core.Exchanges;

/// <summary>
/// The public figures of an exchange: counts only, never a person. The one public projection: what `parley status`, the
/// live page, the API and the verifier of the public record (folding the public parts alone) all show, so they agree
/// number for number. <see cref="A"/> is the direction A→B (people held by side A, going home to side B), <see cref="B"/>
/// the direction B→A.
/// </summary>
public sealed record ExchangeSummary(
    string Id,
    string Agreement,
    string SideA,
    string SideB,
    string Terms,
    int? FloorEachSide,
    bool Fulfilled,
    ImmutableList<TermProgress> TermProgress,
    ImmutableList<StageProgress> Stages,
    DirectionCounts A,
    DirectionCounts B)
{
    public static ExchangeSummary Of(Exchange x)
    {
        var terms = ImmutableList.CreateBuilder<TermProgress>();
        for (var term = 0; term < x.TermCount; term++)
        {
            terms.Add(new TermProgress(term + 1, x.Formula.Terms[term].ToString(), x.Formula.Terms[term].IsBalanced,
                SideProgressOf(x, term, Side.A), SideProgressOf(x, term, Side.B), x.TermFulfilled(term)));
        }
        var stages = x.Stages.Values.OrderBy(s => s.Number).Select(s => new StageProgress(
            s.Id, s.Number, s.Date, s.Status.ToWord(), s.PlannedA, s.PlannedB,
            x.InStatus(Side.A, PersonStatus.Scheduled, s.Id), x.InStatus(Side.B, PersonStatus.Scheduled, s.Id),
            x.ReleasedAllTerms(Side.A, s.Id), x.ReleasedAllTerms(Side.B, s.Id),
            x.InStatus(Side.A, PersonStatus.Received, s.Id), x.InStatus(Side.B, PersonStatus.Received, s.Id),
            s.DeclinedA, s.DeclinedB, s.ClosedAt));
        return new ExchangeSummary(x.Id, x.AgreementId, x.SideA, x.SideB, x.Formula.ToString(), x.Formula.TotalFloorEachSide,
            x.Fulfilled, terms.ToImmutable(), stages.ToImmutableList(), DirectionCounts.Of(x, Side.A), DirectionCounts.Of(x, Side.B));
    }

    public DirectionCounts Direction(Side holder) => holder == Side.A ? A : B;

    private static SideProgress SideProgressOf(Exchange x, int term, Side side) =>
        new(x.QuantityOf(term, side).ToString(), x.Released(side, term),
            x.Tally.Count(null, side, term, s => s == PersonStatus.Received), x.Pending(side, term), x.TermFulfilledBy(term, side));
}

public sealed record TermProgress(int Number, string Text, bool Balanced, SideProgress A, SideProgress B, bool Fulfilled);

public sealed record SideProgress(string Quantity, int Released, int Received, int Pending, bool Fulfilled);

/// <summary>A stage's figures per direction; <c>Declined</c> counts people who declined after being scheduled into it.</summary>
public sealed record StageProgress(
    string Id, int Number, LocalDate Date, string Status, int PlannedA, int PlannedB, int ScheduledA, int ScheduledB,
    int ReleasedA, int ReleasedB, int ReceivedA, int ReceivedB, int DeclinedA, int DeclinedB, Instant? ClosedAt);

/// <summary>
/// One direction's public figures: from the holding party to the receiving one. <see cref="Requested"/> and
/// <see cref="Offered"/> count every entry of the request and offer lists; <see cref="Outstanding"/> the requests not
/// (yet) matched to an offered person; <see cref="Matched"/> the people in the exchange (matched and whatever followed);
/// <see cref="Verified"/> those the verifier confirmed (whatever followed); <see cref="ByStatus"/> and
/// <see cref="Requests"/> every offered person and every request at its current status.
/// </summary>
public sealed record DirectionCounts(
    string From,
    string To,
    int Requested,
    int Outstanding,
    int Offered,
    int Matched,
    int Verified,
    int Declined,
    int Released,
    int Received,
    ImmutableSortedDictionary<string, int> ByStatus,
    ImmutableSortedDictionary<string, int> Requests,
    bool FloorMet)
{
    public static DirectionCounts Of(Exchange x, Side holder)
    {
        var byStatus = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var status in Enum.GetValues<PersonStatus>())
        {
            byStatus[status.ToWord()] = x.InStatus(holder, status);
        }
        var requests = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            requests[status.ToWord()] = x.RequestTally[holder, status];
        }
        return new DirectionCounts(
            x.PartyOf(holder), x.ReceiverOf(holder),
            x.RequestTally.Total(holder), x.Outstanding(holder),
            byStatus.Values.Sum(),
            x.Counting(holder, PersonStatusExtensions.IsInExchange),
            x.Counting(holder, PersonStatusExtensions.HasBeenVerified),
            x.InStatus(holder, PersonStatus.Declined),
            x.ReleasedAllTerms(holder),
            x.InStatus(holder, PersonStatus.Received),
            byStatus.ToImmutable(), requests.ToImmutable(), x.FloorMetBy(holder));
    }
}
