using Parley.Matching.Records;

namespace Parley.Matching.Scoring;

/// <summary>
/// A <see cref="ListRecord"/> read once for matching: which text is the surname, the given name and the patronymic,
/// each part's <see cref="NameReading"/> (Latin form, transliteration and phonetic keys, ids, blocking tokens), and the
/// other fields normalised. Built by <see cref="RecordPreparer"/>; immutable after that.
/// </summary>
public sealed class PreparedRecord
{
    internal PreparedRecord(ListRecord source, int index)
    {
        Source = source;
        Index = index;
    }

    /// <summary>The record as imported.</summary>
    public ListRecord Source { get; }

    /// <summary>The record's position in its list.</summary>
    public int Index { get; }

    /// <summary>True if the surname and given name were read in swapped order (or out of a full-name column, given name first).</summary>
    public bool ReadSwapped { get; internal set; }

    /// <summary>The surname as the engine read it (original text), or empty.</summary>
    public string SurnameText { get; internal set; } = "";

    /// <summary>The given name as the engine read it (original text), or empty.</summary>
    public string GivenText { get; internal set; } = "";

    /// <summary>The patronymic as the engine read it (original text), or empty.</summary>
    public string PatronymicText { get; internal set; } = "";

    /// <summary>True if the record has a name but in letters the engine cannot read (Georgian, Armenian, …): it cannot be matched by name.</summary>
    public bool NameUnreadable => !Readable(Surname) && !Readable(Given) && (Surname.IsUnreadable || Given.IsUnreadable);

    internal NameReading Surname { get; set; } = NameReading.None;

    internal NameReading Given { get; set; } = NameReading.None;

    internal NameReading Patronymic { get; set; } = NameReading.None;

    internal PartialDate? DateOfBirth => Source.DateOfBirth;

    /// <summary>The service number's digits, or empty (see <see cref="ServiceNumbers"/>).</summary>
    internal string ServiceDigits { get; set; } = "";

    /// <summary>The service number's series letters folded to one class per look-alike and transliteration, or empty.</summary>
    internal string ServiceSeries { get; set; } = "";

    internal string BirthplaceKey { get; set; } = "";

    internal string BirthplaceLatin { get; set; } = "";

    /// <summary>The father's given-name id from the father column, or null.</summary>
    internal string? FatherId { get; set; }

    internal string FatherKey { get; set; } = "";

    /// <summary>
    /// The father's name for blocking: the patronymic's tokens, or, with no patronymic, the father column's given-name id
    /// (one fact written two ways: a list that gives the father's name in a column of its own does not repeat it as a
    /// patronymic). Empty when neither is given.
    /// </summary>
    internal ulong[] FatherTokens { get; set; } = [];

    internal string MotherKey { get; set; } = "";

    internal string MotherLatin { get; set; } = "";

    /// <summary>The rank's grades, a bit each (see <see cref="Ranks.MilitaryRanks"/>); 0 for no rank or one the table does not know.</summary>
    internal int RankGrades { get; set; }

    /// <summary>The rank as looked up (romanised, lower case), or empty.</summary>
    internal string RankKey { get; set; } = "";

    /// <summary>The given name for term frequencies: its canonical id, or its phonetic key.</summary>
    internal string GivenTerm => Given.GivenId ?? (Given.Keys.Length > 0 ? Given.Keys[0] : "");

    /// <summary>The patronymic for term frequencies: the father's given-name id, or its phonetic key.</summary>
    internal string PatronymicTerm => Patronymic.Patronymic?.FatherId ?? (Patronymic.Keys.Length > 0 ? Patronymic.Keys[0] : "");

    private static bool Readable(NameReading name) => !name.IsMissing && !name.IsUnreadable;

    /// <summary>The surname for term frequencies: its phonetic key as written.</summary>
    internal string SurnameTerm => Surname.Keys.Length > 0 ? Surname.Keys[0] : "";
}
