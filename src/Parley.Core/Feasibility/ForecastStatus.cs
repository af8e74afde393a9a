namespace Parley.Core.Feasibility;

public enum ForecastStatus
{
    /// <summary>A forecast from the rates, with its range.</summary>
    Made,

    /// <summary>The exchange is already fulfilled: nothing to forecast.</summary>
    Fulfilled,

    /// <summary>Something the forecast needs is missing (said in <see cref="Forecast.Missing"/>); no date is made up.</summary>
    Unavailable,
}
