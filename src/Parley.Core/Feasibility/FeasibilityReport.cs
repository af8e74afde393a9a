using System.Collections.Immutable;

namespace Parley.Core.Feasibility;

/// <summary>
/// Can an exchange's formula (or a formula not yet agreed) be carried out from what its lists hold, what holds it up,
/// and by when: everything `parley feasibility` prints and the server can show as it is, without computing anything.
/// Asked of a round, the lists of all the round's exchanges are counted together (<see cref="Round"/>).
/// Counts, dates and sentences about counts only: never a person. Immutable.
/// </summary>
/// <param name="Exchange">The exchange's id; null when the lists of a round's exchanges were counted together.</param>
/// <param name="SideA">Side A's party (the first named).</param>
/// <param name="SideB">Side B's party.</param>
/// <param name="Formula">The formula asked about, in canonical text.</param>
/// <param name="WhatIf">Whether that is a formula other than the agreed one, with the lists attributed anew by category.</param>
/// <param name="AgreedFormula">The exchange's own formula; null for a round, whose exchanges each have their own.</param>
/// <param name="Terms">Per term and side: what the formula needs against what the lists hold, by status.</param>
/// <param name="Floor">The floor each side must reach in total, and the most each can release; null without a floor.</param>
/// <param name="Levels">The verdict counting people at least as far along as each level, widest first.</param>
/// <param name="UnderNoTermA">Side A's people on its offer list (pending or released) whose categories fall under no term.</param>
/// <param name="UnderNoTermB">The same for side B.</param>
/// <param name="Forecast">When, from the rates observed so far; or why no date can be given.</param>
/// <param name="Progress">Everyone on the lists by status at the end of each day with activity: the chart over time.</param>
/// <param name="Largest">The largest N of a template, when asked.</param>
public sealed record FeasibilityReport(
    string? Exchange,
    string SideA,
    string SideB,
    string Formula,
    bool WhatIf,
    string? AgreedFormula,
    ImmutableArray<TermFeasibility> Terms,
    FloorFeasibility? Floor,
    ImmutableArray<LevelVerdict> Levels,
    int UnderNoTermA,
    int UnderNoTermB,
    Forecast Forecast,
    ImmutableArray<ProgressDay> Progress,
    LargestFormula? Largest)
{
    /// <summary>The round whose exchanges' lists were counted together, or null when one exchange was asked about.</summary>
    public string? Round { get; init; }

    /// <summary>The exchanges whose lists and activity were counted: the one asked about, or every exchange of the round.</summary>
    public ImmutableArray<string> Exchanges { get; init; } = [];

    /// <summary>Whether the formula can be fulfilled from everyone on the offer lists now: the headline answer.</summary>
    public bool Feasible => Level(Readiness.Offered).Feasible;

    /// <summary>The binding constraint on the offer lists, in one sentence.</summary>
    public string? Binding => Level(Readiness.Offered).Binding;

    /// <summary>Whether the people verified already (and those released) are enough: ready to go.</summary>
    public bool ReadyNow => Level(Readiness.Verified).Feasible;

    /// <summary>Side A's people ready to go: verified or scheduled, not yet released, under any term.</summary>
    public int ReadyToGoA => ReadyToGo(Side.A);

    public int ReadyToGoB => ReadyToGo(Side.B);

    /// <summary>What side A must still release for the formula: each term's number less its releases, everyone pending under <c>all</c>, the floor's remainder if more.</summary>
    public int StillNeededA => StillNeeded(Side.A);

    public int StillNeededB => StillNeeded(Side.B);

    public LevelVerdict Level(Readiness readiness) => Levels.First(l => l.Readiness == readiness);

    private int ReadyToGo(Side side) => Terms.Sum(t => t.Of(side).Counts.Ready);

    private int StillNeeded(Side side)
    {
        var terms = Terms.Sum(t => t.Of(side).StillNeeded);
        var released = Terms.Sum(t => t.Of(side).Counts.Released);
        return Floor is { } floor ? Math.Max(terms, floor.EachSide - released) : terms;
    }
}

/// <summary>One term: its text, whether stages must be balanced 1:1 under it, and each side's figures.</summary>
public sealed record TermFeasibility(int Number, string Text, bool Balanced, TermSide A, TermSide B)
{
    public TermSide Of(Side side) => side == Side.A ? A : B;
}

/// <summary>
/// One side under one term. <see cref="Need"/> is the term's number (null under <c>all</c>); under <c>all</c>,
/// <see cref="AllAmountsTo"/> is what "all" comes to today: everyone released or still pending under the term.
/// <see cref="ReadyNow"/> counts those released, verified or scheduled.
/// </summary>
public sealed record TermSide(string Quantity, int? Need, StatusCounts Counts, int? AllAmountsTo, int ReadyNow)
{
    /// <summary>What the side must still release under the term: its number less its releases, or under <c>all</c> everyone pending.</summary>
    public int StillNeeded => Need is { } need ? Math.Max(0, need - Counts.Released) : Counts.Pending;
}

/// <summary>The floor and the most each side can release across the terms, from the offer lists and from the verified.</summary>
public sealed record FloorFeasibility(int EachSide, int MostA, int MostB, int ReadyA, int ReadyB);

/// <summary>The verdict at one level, its binding constraint in a sentence, and every condition with its own sentence.</summary>
public sealed record LevelVerdict(Readiness Readiness, bool Feasible, string? Binding, ImmutableArray<ConstraintLine> Constraints);

/// <summary>A <see cref="Constraint"/> with its sentence.</summary>
public sealed record ConstraintLine(ConstraintKind Kind, int? Term, Side Side, int Have, int Need, bool Met, string Sentence);
