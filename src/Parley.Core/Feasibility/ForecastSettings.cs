using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>
/// How the forecast is made: how many runs and from which seed (the same settings always give the same forecast), the
/// rates to use instead of the observed ones ("what if a stage carried 400?"), and a date to ask about. Immutable and
/// validated: an override outside its range is refused, never clamped.
/// </summary>
public sealed record ForecastSettings
{
    public const int DefaultRuns = 10_000;
    public const int MinRuns = 100;
    public const int MaxRuns = 1_000_000;
    public const ulong DefaultSeed = 2025;

    /// <summary>The most a stage may be assumed to carry from a side: far above any handover held (1,212 in June 2025).</summary>
    public const int MaxStageCapacity = 100_000;

    /// <summary>At most one stage a day: the forecast dates stages by the day.</summary>
    public const double MaxStagesPerWeek = 7;

    /// <summary>At least one stage in a year: fewer is not a pace but a pause.</summary>
    public const double MinStagesPerWeek = 7.0 / 365;

    public const int MaxVerifiedPerDay = 100_000;

    public static readonly ForecastSettings Default = new();

    public ForecastSettings(
        int runs = DefaultRuns, ulong seed = DefaultSeed, int? stageCapacity = null, double? stagesPerWeek = null,
        int? verifiedPerDay = null, LocalDate? by = null)
    {
        Runs = Preconditions.CheckRange(runs, MinRuns, MaxRuns);
        Seed = seed;
        if (stageCapacity is { } capacity)
        {
            Preconditions.CheckRange(capacity, 1, MaxStageCapacity, nameof(stageCapacity));
        }
        if (stagesPerWeek is { } perWeek)
        {
            Preconditions.CheckArgument(double.IsFinite(perWeek) && perWeek >= MinStagesPerWeek && perWeek <= MaxStagesPerWeek,
                nameof(stagesPerWeek), $"stagesPerWeek must be from one a year to {MaxStagesPerWeek} (one a day); it was {perWeek}.");
        }
        if (verifiedPerDay is { } perDay)
        {
            Preconditions.CheckRange(perDay, 1, MaxVerifiedPerDay, nameof(verifiedPerDay));
        }
        StageCapacity = stageCapacity;
        StagesPerWeek = stagesPerWeek;
        VerifiedPerDay = verifiedPerDay;
        By = by;
    }

    /// <summary>Simulation runs.</summary>
    public int Runs { get; }

    public ulong Seed { get; }

    /// <summary>People a stage carries from each side, instead of what the stages held so far carried.</summary>
    public int? StageCapacity { get; }

    /// <summary>Stages a week, instead of the observed days between stages.</summary>
    public double? StagesPerWeek { get; }

    /// <summary>People the verifier interviews a day for each side, instead of the observed pace.</summary>
    public int? VerifiedPerDay { get; }

    /// <summary>A date to ask about: the chance of fulfilment by then, and the largest formula that date allows.</summary>
    public LocalDate? By { get; }
}
