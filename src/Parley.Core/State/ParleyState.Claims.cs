using System.Collections.Immutable;
using Parley.Core.Claims;
using Parley.Core.Events;

namespace Parley.Core.State;

public sealed partial record ParleyState
{
    /// <summary>The claims made about exchanges, by claim id.</summary>
    public ImmutableSortedDictionary<string, Claim> Claims { get; init; } =
        ImmutableSortedDictionary<string, Claim>.Empty.WithComparers(StringComparer.Ordinal);

    private ParleyState WithClaim(ClaimRecorded c) =>
        this with { Claims = Claims.Add(c.Id, new Claim(c.Id, c.Exchange, c.Claimant, c.Holder, c.Figure, c.Stage, c.Value, c.Source, c.At)) };
}
