using System.Collections.Immutable;
using NodaTime;

namespace Parley.Core.Exchanges;

/// <summary>
/// The public figures of an exchange: counts only, never a person. What `parley status`, the live page and the
/// public record's recount show, so they can be compared number for number.
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
    SideCounts A,
    SideCounts B)
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
            s.ClosedAt));
        return new ExchangeSummary(x.Id, x.AgreementId, x.SideA, x.SideB, x.Formula.ToString(), x.Formula.TotalFloorEachSide,
            x.Fulfilled, terms.ToImmutable(), stages.ToImmutableList(), SideCountsOf(x, Side.A), SideCountsOf(x, Side.B));
    }

    private static SideProgress SideProgressOf(Exchange x, int term, Side side) =>
        new(x.QuantityOf(term, side).ToString(), x.Released(side, term),
            x.Tally.Count(null, side, term, s => s == PersonStatus.Received), x.Pending(side, term), x.TermFulfilledBy(term, side));

    private static SideCounts SideCountsOf(Exchange x, Side side)
    {
        var byStatus = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var status in Enum.GetValues<PersonStatus>())
        {
            byStatus[status.ToWord()] = x.InStatus(side, status);
        }
        return new SideCounts(byStatus.ToImmutable(), x.ReleasedAllTerms(side), x.InStatus(side, PersonStatus.Received), x.FloorMetBy(side));
    }
}

public sealed record TermProgress(int Number, string Text, bool Balanced, SideProgress A, SideProgress B, bool Fulfilled);

public sealed record SideProgress(string Quantity, int Released, int Received, int Pending, bool Fulfilled);

public sealed record StageProgress(
    string Id, int Number, LocalDate Date, string Status, int PlannedA, int PlannedB, int ScheduledA, int ScheduledB,
    int ReleasedA, int ReleasedB, int ReceivedA, int ReceivedB, Instant? ClosedAt);

public sealed record SideCounts(ImmutableSortedDictionary<string, int> ByStatus, int Released, int Received, bool FloorMet);
