namespace Parley.Matching.Blocking;

/// <summary>
/// The blocking rules, unioned as Splink unions its blocking rules: two records become a candidate pair if they share a
/// key under any rule. The name rule takes the surname and the given name in either order and survives script, scheme,
/// Russian and Ukrainian forms, declension and a typo in either name or both; it needs no date, so no date error or
/// missing date loses a pair. The narrower rules add a patronymic or part of the date to the names — they find the
/// pairs of a very common name whose name block is too large to keep — and the date rules pair records whose names
/// differ too much (a wrong surname or given name, a double surname written in part).
/// </summary>
public enum BlockingRule
{
    /// <summary>
    /// Surname (any phonetic key, base form or part) and given name (id or phonetic key), in either order and with no
    /// date. A record whose surname or given name is spelt rarely also probes the names one letter class away, and a
    /// record with a common spelling the rare spellings one letter class away (<see cref="SpellingNeighbours"/>): a typo.
    /// </summary>
    Names = 1,

    /// <summary>Surname, given name and the patronymic's father (a date wrong or missing, within a common name).</summary>
    NamesPatronymic = 4,

    /// <summary>Surname, given name and year of birth.</summary>
    NamesYear = 5,

    /// <summary>Surname, given name, year and month (a wrong day).</summary>
    NamesYearMonth = 6,

    /// <summary>Surname, given name, year and day (a wrong month).</summary>
    NamesYearDay = 7,

    /// <summary>Surname, given name, day and month in either order (a wrong year, a day–month swap).</summary>
    NamesDayMonth = 8,

    /// <summary>Surname and full date of birth (a given name that differs or is missing).</summary>
    SurnameDate = 9,

    /// <summary>Given name and full date of birth (a surname that differs: double, declined past reading, misspelt twice).</summary>
    GivenDate = 10,

    /// <summary>Patronymic's father and full date of birth (both names misspelt).</summary>
    PatronymicDate = 11,

    /// <summary>The service number's digits.</summary>
    ServiceNumber = 12,

    /// <summary>
    /// The surname (or a word in the given-name column that is no given name: a swap) and the patronymic's father, with
    /// no date: the given name differs past one typo (a diminutive misspelt, an OCR error) when the date is missing or
    /// wrong too.
    /// </summary>
    NamePatronymic = 13,

    /// <summary>
    /// A known given name, the patronymic's father and the first sound of the surname, with no date: a surname misspelt
    /// past one typo (or declined and misspelt) when the date is missing or wrong too. Typists keep a name's first letter
    /// nine times in ten (Kukich 1992).
    /// </summary>
    GivenPatronymicInitial = 14,

    /// <summary>
    /// One name part as read and the other within one edit of it (SymSpell's deletions of its phonetic key, Garbe 2012),
    /// for a record with no full date of birth: a typo in either name that makes another common spelling (Осап for
    /// Остап, Vikto for Віктор), which <see cref="SpellingNeighbours"/> leaves alone, with the date missing too. Indexed
    /// by the records that give no full date; probed by every record. Its blocks are kept only up to
    /// <see cref="CandidateIndex.NearBlockSize"/> records, and the pairs only it finds are weighed but not learnt from
    /// (m's estimate): both grow with the lists' namesakes, and at 100,000 a side they drowned the matches (issue 10).
    /// </summary>
    NameNearUndated = 15,

    /// <summary>As <see cref="NameNearUndated"/>, indexed by the records that give a full date, probed only by those that do not.</summary>
    NameNearDated = 16,

    /// <summary>
    /// The full date of birth with day and month in either order, and the first sounds of the surname and the given name
    /// in either order: both names misspelt, or one misspelt with the day and month swapped, where no patronymic carries
    /// the pair (<see cref="PatronymicDate"/>). Typists keep a name's first letter nine times in ten (Kukich 1992). Like
    /// the one-edit name rules, its blocks are kept only up to <see cref="CandidateIndex.NearBlockSize"/> records and the
    /// pairs only it finds are weighed but not learnt from: it must not grow with the lists (issue 10, round 4).
    /// </summary>
    DateInitials = 17,

    /// <summary>
    /// As <see cref="NameNearUndated"/>, with part of the date of birth, between any two records that give it: the year
    /// (a day or month wrong, a date given in part), or the day and month in either order (a year wrong). A name misspelt
    /// into another common spelling, with the date wrong in one part, which no exact name or full date carries; at 100,000
    /// a side such a pair's block of names is too large to keep, and the date-free one-edit rules meet only undated
    /// records. Capped at <see cref="CandidateIndex.NearBlockSize"/> and kept out of m's estimate like them.
    /// </summary>
    NameNearDate = 18,

    /// <summary>
    /// Part of the date of birth — year and month (a wrong day, a placeholder 1st), or day and month in either order (a
    /// wrong year) — with the first sounds of the surname and the given name in either order: both names misspelt with
    /// the date wrong in one part, which <see cref="DateInitials"/> (the full date) misses. Two records that both give a
    /// patronymic meet through it only with the same father: date parts and initials alone pair many strangers. Capped
    /// at <see cref="CandidateIndex.NearBlockSize"/> and kept out of m's estimate like it (issue 10, match7).
    /// </summary>
    DatePartInitials = 19,

    /// <summary>
    /// The patronymic's father, one name part as read (surname or given name), and the year or the day and month in
    /// either order: the other name misspelt past one edit (Rnoroz for Мороз, a double surname written with a typo) while
    /// the date is wrong in one part or a placeholder. Capped at <see cref="CandidateIndex.NearBlockSize"/> and kept out
    /// of m's estimate (issue 10, match7).
    /// </summary>
    FatherNameDatePart = 20,

    /// <summary>
    /// The patronymic's father, the first sound of the surname, and the year or the day and month in either order: both
    /// names misspelt, or one misspelt and the other a diminutive, while the date is wrong in one part or given in part —
    /// no name as read carries the pair, and the father does. Typists keep a name's first letter nine times in ten
    /// (Kukich 1992). Capped at <see cref="CandidateIndex.NearBlockSize"/> and kept out of m's estimate like the rules
    /// above (issue 10, match10).
    /// </summary>
    FatherDatePartInitial = 21,

    /// <summary>
    /// The surname as read, and the year or the day and month in either order: the given name misspelt past one edit, or
    /// a diminutive the lexicon does not know, while the date is wrong in one part or given in part. Two records meet
    /// through it only if one of them gives no given name the lexicon lists: two known names that differ are two people.
    /// Capped at <see cref="CandidateIndex.NearBlockSize"/> and kept out of m's estimate like the rules above (issue 10, match10).
    /// </summary>
    SurnameDatePart = 22,
}
