namespace Parley.Matching.Blocking;

/// <summary>
/// The blocking rules: two records become a candidate pair if they share a key under any rule.
/// Each rule survives script and scheme changes because it is built on phonetic keys and canonical ids.
/// </summary>
public enum BlockingRule
{
    /// <summary>Surname phonetic key (any base form) and year of birth.</summary>
    SurnameYear = 1,

    /// <summary>Canonical given name and the full date of birth (catches surname typos and changes).</summary>
    GivenDate = 2,

    /// <summary>Surname phonetic key and day and month of birth in either order (catches a wrong year and swaps).</summary>
    SurnameDayMonth = 3,

    /// <summary>Service number.</summary>
    ServiceNumber = 4,

    /// <summary>Surname phonetic key and canonical given name (for records without a usable date); capped.</summary>
    SurnameGiven = 5,

    /// <summary>Canonical given name, father's name from the patronymic, and year of birth.</summary>
    GivenPatronymicYear = 6,
}
