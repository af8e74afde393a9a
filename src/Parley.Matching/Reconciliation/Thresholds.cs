namespace Parley.Matching.Reconciliation;

/// <summary>
/// Where the match probability divides <see cref="Decision.Match"/>, <see cref="Decision.Review"/> and
/// <see cref="Decision.NoMatch"/>, and how close a rival candidate must come to hold a match at review.
/// Immutable; the constructor checks the rules.
/// </summary>
public sealed record Thresholds
{
    /// <summary>
    /// The defaults (docs/reconciliation.md): a pair is a match when it is more likely than not, is the one-to-one
    /// choice with no rival within 3 bits, and its service numbers do not clash; a pair down to 0.02 goes to review.
    /// Review at 0.02 rather than 0.2 (issue 10): the pairs between are often true (their probability is under-confident
    /// there: the reliability tables' lowest band is true half the time at a mean probability near 0.1) and few — on the
    /// tuning lists at 10,000 people, 0.05 → 0.02 put out 26 more pairs, 13 of them true, most a typo in the surname of a
    /// record that gives nothing but its names. <c>--match 0.99</c> is the stricter operating point.
    /// </summary>
    public static readonly Thresholds Default = new(0.5, 0.02, 3.0);

    public Thresholds(double match, double review, double ambiguityMarginBits)
    {
        if (!(review > 0 && review <= match && match < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(match), $"thresholds must satisfy 0 < review <= match < 1; got review {review}, match {match}.");
        }
        if (!(ambiguityMarginBits >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(ambiguityMarginBits), ambiguityMarginBits, "ambiguityMarginBits must not be negative.");
        }
        Match = match;
        Review = review;
        AmbiguityMarginBits = ambiguityMarginBits;
        MatchWeight = Math.Log2(match / (1 - match));
        ReviewWeight = Math.Log2(review / (1 - review));
    }

    /// <summary>The least match probability of a <see cref="Decision.Match"/>.</summary>
    public double Match { get; }

    /// <summary>The least match probability of a <see cref="Decision.Review"/>.</summary>
    public double Review { get; }

    /// <summary>A match whose best rival for either record is within this many bits of match weight is held at review.</summary>
    public double AmbiguityMarginBits { get; }

    /// <summary><see cref="Match"/> as a match weight.</summary>
    public double MatchWeight { get; }

    /// <summary><see cref="Review"/> as a match weight.</summary>
    public double ReviewWeight { get; }
}
