namespace Parley.Matching.Scoring;

/// <summary>The fields the engine compares, in the order evidence is shown.</summary>
public enum Field
{
    Surname,
    Given,
    Patronymic,
    DateOfBirth,
    ServiceNumber,
    Birthplace,
    Father,
    MotherMaiden,
    Rank,
}
