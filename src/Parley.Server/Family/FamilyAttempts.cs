using System.Threading.RateLimiting;

namespace Parley.Server.Family;

/// <summary>
/// How many receipt codes one client address may try (<see cref="ServerOptions.FamilyAttemptsPerMinute"/>): every try
/// counts, right or wrong, because answering right codes past the limit would let a guesser carry on at full speed. A
/// limiter of its own, so a brute-force run against the family page never touches the live pages' read limits.
/// </summary>
public sealed class FamilyAttempts(ServerOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.FamilyAttemptBurst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 / Math.Max(1, options.FamilyAttemptsPerMinute)),
            QueueLimit = 0,
        }));

    /// <summary>Takes one try for <paramref name="address"/>; false, with how long to wait, when it has none left.</summary>
    public bool TryTake(string address, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(address);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60.0 / Math.Max(1, options.FamilyAttemptsPerMinute));
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
