using System.Collections.Immutable;

namespace Parley.Core.State;

/// <summary>
/// A party officer who signs submissions (or a party's witness): the current public key only, the last counter used, and
/// whether the key is revoked (the officer signs nothing, the witness is retired, until a new key is rotated in).
/// </summary>
public sealed record Officer(string Name, string Party, string Key, long LastCounter, bool Revoked = false);

public sealed partial record ParleyState
{
    /// <summary>Registered officers by key name.</summary>
    public ImmutableSortedDictionary<string, Officer> Officers { get; init; } =
        ImmutableSortedDictionary<string, Officer>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Parties' own keys (verifier keys), by party: they endorse the party's officers.</summary>
    public ImmutableSortedDictionary<string, string> PartyKeys { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    private ParleyState WithPartyKey(Events.PartyKeyRegistered k) => this with { PartyKeys = PartyKeys.Add(k.Party, k.Key) };

    private ParleyState WithOfficer(Events.OfficerRegistered o) =>
        this with { Officers = Officers.Add(o.Officer, new Officer(o.Officer, o.Party, o.Key, 0)) };

    private ParleyState WithOfficerRevoked(Events.OfficerKeyRevoked r) =>
        this with { Officers = Officers.SetItem(r.Officer, Officers[r.Officer] with { Revoked = true }) };

    private ParleyState WithOfficerRotated(Events.OfficerKeyRotated r) =>
        this with { Officers = Officers.SetItem(r.Officer, Officers[r.Officer] with { Key = r.Key, Revoked = false }) };

    private ParleyState WithSubmission(Events.SubmissionSigned s) =>
        this with { Officers = Officers.SetItem(s.Officer, Officers[s.Officer] with { LastCounter = s.Counter }) };
}
