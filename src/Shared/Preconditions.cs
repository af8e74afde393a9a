using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Parley;

/// <summary>
/// The one place argument checks go through, so that every message names the parameter and states the rule
/// in a sentence (after NodaTime's <c>Preconditions</c>). One source file, compiled into each pure project
/// (Core, Ledger, Matching) as an internal class, because those projects depend on nothing of each other.
/// </summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? parameter = null)
        where T : class =>
        value ?? throw new ArgumentNullException(parameter, $"{parameter} must not be null.");

    public static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? parameter = null)
    {
        CheckNotNull(value, parameter);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{parameter} must not be empty or white space.", parameter);
        }
        return value;
    }

    public static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? parameter = null) =>
        (int)CheckRange((long)value, min, max, parameter);

    public static long CheckRange(long value, long min, long max, [CallerArgumentExpression(nameof(value))] string? parameter = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{parameter} must be between {min} and {max}; it was {value}.");
        }
        return value;
    }

    public static long CheckNonNegative(long value, [CallerArgumentExpression(nameof(value))] string? parameter = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{parameter} must not be negative; it was {value}.");
        }
        return value;
    }

    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string parameter, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException(rule, parameter);
        }
    }
}
