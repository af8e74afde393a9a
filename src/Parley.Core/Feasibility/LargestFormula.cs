using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>
/// The largest N a <see cref="FormulaTemplate"/> can take on an exchange's lists: now from everyone on the offer lists,
/// now from the verified alone, and by a date according to the forecast (in at least half the runs, and in at least nine
/// in ten). Counts only. Immutable.
/// </summary>
/// <param name="Template">The template as written, e.g. <c>N for N</c>.</param>
/// <param name="OnLists">The largest N the offer lists carry now; null when not even N = 1 can be fulfilled.</param>
/// <param name="OnListsFormula">That formula, in canonical text.</param>
/// <param name="Limit">Why one more cannot be carried (or why none can): the binding constraint in a sentence.</param>
/// <param name="ReadyNow">The largest N the verified people (and those released) carry now.</param>
/// <param name="By">The date asked about, if any.</param>
/// <param name="ByLikely">The largest N fulfilled by <paramref name="By"/> in at least half the runs.</param>
/// <param name="ByAlmostSurely">The largest N fulfilled by <paramref name="By"/> in at least nine runs in ten.</param>
/// <param name="ByNote">Why there is no answer by the date, when there is none (what the forecast is missing).</param>
public sealed record LargestFormula(
    string Template,
    int? OnLists,
    string? OnListsFormula,
    string? Limit,
    int? ReadyNow,
    LocalDate? By,
    int? ByLikely,
    int? ByAlmostSurely,
    string? ByNote);
