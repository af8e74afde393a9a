using NodaTime;
using Parley.Core.State;

namespace Parley.Core.Exchanges;

/// <summary>
/// How long the personal data of a finished exchange is kept: <see cref="Days"/> days after it was fulfilled, then its
/// private parts are erased (<see cref="Commands.EraseExchange"/>). An exchange that is not fulfilled keeps its data:
/// erasing a running one takes a person's decision (force and a reason). Immutable.
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>The longest retention period accepted: a hundred years.</summary>
    public const int MaxDays = 36_500;

    public RetentionPolicy(int days) => Days = Preconditions.CheckRange(days, 0, MaxDays);

    /// <summary>Days after fulfilment the data is kept; 0 erases as soon as the policy runs.</summary>
    public int Days { get; }

    /// <summary>The exchanges whose data is due for erasure at <paramref name="now"/>, in id order.</summary>
    public IEnumerable<string> Due(ParleyState state, Instant now)
    {
        Preconditions.CheckNotNull(state);
        return state.Exchanges.Values
            .Where(x => x.Erasure is null && x.FulfilledAt is { } fulfilled && fulfilled + Duration.FromDays(Days) <= now)
            .Select(x => x.Id);
    }
}
