using Parley.Matching.Names;
using Parley.Matching.Records;

namespace Parley.Matching.Scoring;

/// <summary>
/// A <see cref="ListRecord"/> read once for matching: each name part in a common Latin comparison form
/// and its cross-script phonetic key (<see cref="NameKey.Phonetic"/>), the canonical given-name and
/// patronymic ids (Микола = Николай = Mykola = Nikolai), the phonetic keys of the surname's nominative
/// base forms (Шевченка → Шевченко), and the other fields normalised. Built by <see cref="RecordPreparer"/>;
/// immutable after that. Empty strings stand for missing parts.
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

    /// <summary>True if the surname and given name were read in swapped order (or out of a full-name column).</summary>
    public bool ReadSwapped { get; internal set; }

    /// <summary>The surname as the engine read it (original text), or empty.</summary>
    public string SurnameText { get; internal set; } = "";

    /// <summary>The given name as the engine read it (original text), or empty.</summary>
    public string GivenText { get; internal set; } = "";

    /// <summary>The patronymic as the engine read it (original text), or empty.</summary>
    public string PatronymicText { get; internal set; } = "";

    internal string SurnameLatin { get; set; } = "";

    /// <summary>Phonetic keys of the surname as written and of its nominative base forms; empty if missing.</summary>
    internal string[] SurnameKeys { get; set; } = [];

    internal string? GivenId { get; set; }

    internal string GivenKey { get; set; } = "";

    internal string GivenLatin { get; set; } = "";

    internal Patronymic? Patronymic { get; set; }

    internal string PatronymicKey { get; set; } = "";

    internal string PatronymicLatin { get; set; } = "";

    internal PartialDate? DateOfBirth => Source.DateOfBirth;

    internal string ServiceNumber { get; set; } = "";

    internal string BirthplaceKey { get; set; } = "";

    internal string BirthplaceLatin { get; set; } = "";

    /// <summary>The father's given-name id from the father column, or null.</summary>
    internal string? FatherId { get; set; }

    internal string FatherKey { get; set; } = "";

    internal string MotherKey { get; set; } = "";

    internal string MotherLatin { get; set; } = "";

    /// <summary>The given name for blocking: its canonical id, or its phonetic key.</summary>
    internal string GivenBlock => GivenId ?? GivenKey;
}
