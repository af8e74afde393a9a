using NodaTime;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>Everything the forecast of one formula on one exchange's lists starts from.</summary>
internal sealed record ForecastQuestion(
    ExchangeFormula Formula,
    ListCounts Counts,
    FeasibilityVerdict OnLists,
    ExchangeActivity Activity,
    ForecastSettings Settings,
    DateTimeZone Zone,
    string PartyA,
    string PartyB,
    bool WhatIf)
{
    public string Party(Side side) => side == Side.A ? PartyA : PartyB;
}
