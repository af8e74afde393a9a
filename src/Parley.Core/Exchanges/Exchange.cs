using System.Collections.Immutable;
using Parley.Core.Formulas;

namespace Parley.Core.Exchanges;

/// <summary>
/// An exchange opened from an agreement between side A and side B: both rosters, the stages and the counters.
/// Immutable; the decider produces events and <see cref="State.ParleyState"/> folds them into a new exchange.
/// </summary>
public sealed partial record Exchange(
    string Id,
    string AgreementId,
    string SideA,
    string SideB,
    ExchangeFormula Formula,
    ImmutableDictionary<string, Person> Persons,
    ImmutableDictionary<string, Stage> Stages,
    Tally Tally,
    bool Fulfilled)
{
    public static Exchange Open(string id, string agreementId, string sideA, string sideB, ExchangeFormula formula) =>
        new(id, agreementId, sideA, sideB, formula,
            ImmutableDictionary<string, Person>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, Stage>.Empty.WithComparers(StringComparer.Ordinal),
            Tally.Empty, Fulfilled: false);

    public int TermCount => Formula.Terms.Length;

    public string PartyOf(Side side) => side == Side.A ? SideA : SideB;

    public Quantity QuantityOf(int term, Side side) =>
        side == Side.A ? Formula.Terms[term].SideA : Formula.Terms[term].SideB;

    /// <summary>People of a side released under a term (released, received or disputed), overall or in one stage.</summary>
    public int Released(Side side, int term, string? stageId = null) =>
        Tally.Count(stageId, side, term, PersonStatusExtensions.HasBeenReleased);

    public int ReleasedAllTerms(Side side, string? stageId = null) =>
        Tally.CountAllTerms(stageId, side, TermCount, PersonStatusExtensions.HasBeenReleased);

    public int Pending(Side side, int term) => Tally.Count(null, side, term, PersonStatusExtensions.IsPending);

    /// <summary>People of a side in a stage, whatever they have reached there (scheduled, released, received, disputed).</summary>
    public int InStage(Side side, string stageId) => Tally.CountAllTerms(stageId, side, TermCount, static _ => true);

    public int InStatus(Side side, PersonStatus status, string? stageId = null) =>
        Tally.CountAllTerms(stageId, side, TermCount, s => s == status);
}
