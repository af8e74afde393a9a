using System.Collections.Immutable;

namespace Parley.Core.State;

/// <summary>A party officer who signs submissions: the public key only, and the last counter used.</summary>
public sealed record Officer(string Name, string Party, string Key, long LastCounter);

public sealed partial record ParleyState
{
    /// <summary>Registered officers by key name.</summary>
    public ImmutableSortedDictionary<string, Officer> Officers { get; init; } =
        ImmutableSortedDictionary<string, Officer>.Empty.WithComparers(StringComparer.Ordinal);

    private ParleyState WithOfficer(Events.OfficerRegistered o) =>
        this with { Officers = Officers.Add(o.Officer, new Officer(o.Officer, o.Party, o.Key, 0)) };

    private ParleyState WithSubmission(Events.SubmissionSigned s) =>
        this with { Officers = Officers.SetItem(s.Officer, Officers[s.Officer] with { LastCounter = s.Counter }) };
}
