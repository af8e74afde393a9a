using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Claims;
using Parley.Core.Exchanges;
using Parley.Core.State;
using Parley.Core.Talks;

namespace Parley.Server.Views;

/// <summary>A correction or retraction of a talks entry, shown with the entry it names (the entry itself is never edited).</summary>
public sealed record CorrectionView(string Id, bool Retracts, string Note, Instant At)
{
    public static CorrectionView? Of(ParleyState state, RecordKind kind, string id) =>
        state.CorrectionOf(kind, id) is { } c ? new CorrectionView(c.Id, c.Retracts, c.Note, c.At) : null;
}

/// <summary>The delegate a statement's speaker is, when the speaker is on a delegation of the round.</summary>
public sealed record DelegateView(string Party, string Name, DelegationRole Role, string? Title);

/// <summary>
/// A statement as the talks record has it: the words in the language said (<see cref="Quote"/>, null when only
/// translations are known), translations marked as such, its sources, the delegate who spoke if any, and any correction.
/// </summary>
public sealed record StatementView(
    string Id, string Round, string Speaker, string? Party, DelegateView? Delegate, Instant At, string Language, string? Quote,
    IReadOnlyList<Translation> Translations, IReadOnlyList<StatementSource> Sources, CorrectionView? Correction)
{
    public static StatementView Of(ParleyState state, Statement s)
    {
        DelegateView? speaker = null;
        if (state.Rounds.GetValueOrDefault(s.RoundId) is { } round)
        {
            speaker = (from delegation in round.Delegations
                       where s.PartyCode is null || delegation.Key == s.PartyCode
                       from member in delegation.Value
                       where member.Name == s.Speaker
                       select new DelegateView(delegation.Key, member.Name, member.Role, member.Title)).FirstOrDefault();
        }
        return new StatementView(s.Id, s.RoundId, s.Speaker, s.PartyCode, speaker, s.At, s.Language, s.Quote, s.Translations, s.Sources,
            CorrectionView.Of(state, RecordKind.Statement, s.Id));
    }
}

/// <summary>An agreement: its full text, its exchange terms as written in the formula language (canonical), signatories and any correction.</summary>
public sealed record AgreementView(string Id, string Round, string Title, string Text, string? Formula, ImmutableList<string> Signatories, CorrectionView? Correction)
{
    public static AgreementView Of(ParleyState state, Agreement a) =>
        new(a.Id, a.RoundId, a.Title, a.Text, a.Terms?.ToString(), a.Signatories, CorrectionView.Of(state, RecordKind.Agreement, a.Id));
}

/// <summary>
/// A claim with its current verdict against the record: <see cref="Recorded"/> is what the record shows now,
/// <see cref="Difference"/> claimed minus recorded.
/// </summary>
public sealed record ClaimView(
    string Id, string Exchange, string Claimant, string Holder, ClaimFigure Figure, string? Stage, int Value, string Source, Instant At,
    int Recorded, string Verdict, int Difference, CorrectionView? Correction)
{
    public static ClaimView Of(ParleyState state, Claim c)
    {
        var check = ClaimCheck.Of(c, ExchangeSummary.Of(state.Exchanges[c.Exchange]));
        return new ClaimView(c.Id, c.Exchange, c.Claimant, c.Holder, c.Figure, c.Stage, c.Value, c.Source, c.At,
            check.Recorded, check.Verdict.ToWord(), check.Difference, CorrectionView.Of(state, RecordKind.Claim, c.Id));
    }
}

/// <summary>A round with everything the talks record holds about it: mediator, delegations, statements and agreements.</summary>
public sealed record RoundView(
    string Id, int Number, string Venue, string City, string Zone, Instant ScheduledStart, Instant? ActualStart, Instant? End, string Status,
    Mediator? Mediator, ImmutableSortedDictionary<string, ImmutableList<DelegationMember>> Delegations,
    IReadOnlyList<StatementView> Statements, IReadOnlyList<AgreementView> Agreements)
{
    public static RoundView Of(ParleyState state, Round r) => new(
        r.Id, r.Number, r.Venue, r.City, r.Zone.Id, r.ScheduledStart, r.ActualStart, r.End, r.Status.ToString().ToLowerInvariant(),
        r.MediatorId is { } m ? state.Mediators.GetValueOrDefault(m) : null,
        r.Delegations.ToImmutableSortedDictionary(StringComparer.Ordinal),
        [.. state.Statements.Values.Where(s => s.RoundId == r.Id).OrderBy(s => s.At).Select(s => StatementView.Of(state, s))],
        [.. state.Agreements.Values.Where(a => a.RoundId == r.Id).Select(a => AgreementView.Of(state, a))]);
}
