using NodaTime;

namespace Parley.Core.Feasibility;

/// <summary>
/// The verifier's work on one day (in the venue's zone) for the people one side holds: how many it confirmed (identity
/// and consent: verified) and how many declined to return. Immutable.
/// </summary>
public sealed record InterviewDay(LocalDate Date, Side Side, int Confirmed, int Declined)
{
    /// <summary>People the verifier reached that day, whatever they said.</summary>
    public int Interviewed => Confirmed + Declined;
}
