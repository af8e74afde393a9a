namespace Parley.Evaluation;

/// <summary>Kinds of lists (ERROR-MODEL.md, "Profiles").</summary>
public enum EvaluationProfile
{
    /// <summary>The field-test mix of scripts and errors.</summary>
    Standard,

    /// <summary>The right list in Georgian or Armenian letters, which the matcher must count as unreadable.</summary>
    Georgian,

    /// <summary>No date of birth on either list.</summary>
    NoDates,

    /// <summary>A quarter of the people three times in one list.</summary>
    Triplicates,
}
