namespace Parley.Core.Exchanges;

/// <summary>What the verifier's interview established.</summary>
public enum InterviewOutcome
{
    /// <summary>Identity confirmed and consent to return given.</summary>
    Confirmed,

    /// <summary>The person does not consent to return: their right, recorded, never overridden.</summary>
    Declined,

    /// <summary>The verifier could not see the person; nothing changes until another interview.</summary>
    NotInterviewed,
}
