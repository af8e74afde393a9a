using Parley.Core;
using Parley.Core.Exchanges;
using Parley.Server.Access;

namespace Parley.Server.Views;

/// <summary>
/// What one caller may see of one exchange (docs/exchanges.md, "Who sees what"), the same for the API and the desk's
/// pages: the mediator everything; a party's officer all four lists, and the candidates, decisions and confirmations of
/// the direction it receives (its own people going home); the verifier the people it must interview and the notes; the
/// public, the press and a party that is not a side, counts only.
/// </summary>
public sealed record ExchangeAccess(Caller Caller, Exchange Exchange)
{
    public bool IsMediator => Caller.Role == Role.Mediator;

    /// <summary>The side a party officer's party holds in this exchange; null for every other caller, or a stranger.</summary>
    public Side? PartySide => Caller.Role == Role.Party ? Exchange.SideOf(Caller.Party ?? "") : null;

    /// <summary>A party's officer of a side, or the mediator: the people on the four lists, with their details.</summary>
    public bool SeesLists => IsMediator || PartySide is not null;

    /// <summary>Candidates, decisions and confirmations of the direction held by <paramref name="holder"/>.</summary>
    public bool SeesCandidatesOf(Side holder) => IsMediator || (PartySide is { } side && side == holder.Other());

    public bool SeesAnyCandidates => IsMediator || PartySide is not null;

    /// <summary>The people to interview, and the interview notes (private to the verifier and the mediator).</summary>
    public bool SeesInterviews => IsMediator || Caller.Role == Role.Verifier;

    /// <summary>Whether the caller may upload into the list of <paramref name="party"/>: the mediator for either, an officer its own.</summary>
    public bool MayWriteListOf(string party) => IsMediator || (PartySide is { } side && Exchange.PartyOf(side) == party);

    /// <summary>The parties whose lists the caller may write.</summary>
    public IReadOnlyList<string> WritableParties =>
        IsMediator ? [Exchange.SideA, Exchange.SideB] : PartySide is { } side ? [Exchange.PartyOf(side)] : [];

    /// <summary>"RU → UA": the direction held by <paramref name="holder"/>.</summary>
    public string DirectionName(Side holder) => $"{Exchange.PartyOf(holder)} → {Exchange.ReceiverOf(holder)}";
}
