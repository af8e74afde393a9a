namespace Parley.Ledger;

/// <summary>
/// The single place where argument checks live. Every message names the parameter and states the
/// rule in a sentence, so a caller can see what to change.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, string paramName) where T : class =>
        value ?? throw new ArgumentNullException(paramName, $"{paramName} must not be null.");

    internal static long CheckRange(long value, string paramName, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"{paramName} must be between {minInclusive} and {maxInclusive} inclusive; got {value}.");
        }
        return value;
    }

    internal static int CheckRange(int value, string paramName, int minInclusive, int maxInclusive) =>
        (int)CheckRange((long)value, paramName, minInclusive, maxInclusive);

    internal static long CheckNonNegative(long value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must not be negative; got {value}.");
        }
        return value;
    }

    internal static void CheckArgument(bool expression, string paramName, string rule)
    {
        if (!expression)
        {
            throw new ArgumentException(rule, paramName);
        }
    }
}
