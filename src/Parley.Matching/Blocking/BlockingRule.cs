namespace Parley.Matching.Blocking;

/// <summary>
/// The blocking rules: two records become a candidate pair if they share a key under any rule. Every rule is
/// built on phonetic surname keys and canonical given-name ids, so it survives script and scheme; every rule
/// but the fallbacks narrows by name and date together, so a block stays small however long the lists
/// (candidates grow with the lists, not with their square).
/// </summary>
public enum BlockingRule
{
    /// <summary>Surname key (any base form) and the full date of birth (catches a given name that differs).</summary>
    SurnameDate = 1,

    /// <summary>Canonical given name and the full date of birth (catches a surname that differs).</summary>
    GivenDate = 2,

    /// <summary>Surname key, given name, and day and month in either order (catches a wrong year, and swaps).</summary>
    SurnameGivenDayMonth = 3,

    /// <summary>Service number.</summary>
    ServiceNumber = 4,

    /// <summary>Fallback: surname key and given name, for pairs where one record has no year of birth.</summary>
    SurnameGiven = 5,

    /// <summary>Fallback: surname key, given name and year, for pairs where one record gives only part of its date.</summary>
    SurnameGivenYear = 6,

    /// <summary>Surname key, given name, year and month (catches a wrong day).</summary>
    SurnameGivenYearMonth = 7,

    /// <summary>Surname key, given name, year and day (catches a wrong month).</summary>
    SurnameGivenYearDay = 8,
}
