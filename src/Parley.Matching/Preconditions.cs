namespace Parley.Matching;

/// <summary>
/// The single place where argument checks live. Every message names the parameter and states the
/// rule in a sentence, so a caller can see what to change.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, string paramName) where T : class =>
        value ?? throw new ArgumentNullException(paramName, $"{paramName} must not be null.");

    internal static int CheckRange(int value, string paramName, int minInclusive, int maxInclusive)
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
}
