namespace Parley.Bench.Matching;

/// <summary>
/// The Wilson score interval of a proportion at 95 % (z = 1.96): how far a recall read on a few pairs can stray from the
/// engine's real recall on such pairs (38 found of 40 is 0.95, and its interval is 0.83 to 0.99). Wilson, "Probable
/// inference, the law of succession, and statistical inference", JASA 22 (1927); it keeps inside 0–1 and does not
/// collapse to a point at 0 or n successes, as the normal approximation does.
/// </summary>
internal static class WilsonInterval
{
    private const double Z = 1.96;

    public static (double Low, double High) Of(int successes, int trials)
    {
        double n = Math.Max(1, trials), p = successes / n, z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
