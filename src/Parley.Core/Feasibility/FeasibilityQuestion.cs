using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// What is asked of an exchange: its own formula or a what-if (<see cref="WhatIf"/>), the forecast's settings and
/// overrides, and optionally the largest N of a template. Immutable.
/// </summary>
public sealed record FeasibilityQuestion(ExchangeFormula? WhatIf = null, ForecastSettings? Settings = null, FormulaTemplate? Largest = null)
{
    public ForecastSettings Forecast => Settings ?? ForecastSettings.Default;
}
