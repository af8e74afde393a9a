namespace Parley.Matching.Names;

/// <summary>Grammatical gender of a name form.</summary>
public enum Gender
{
    /// <summary>Not known, or the form is shared by both genders.</summary>
    Unknown = 0,

    /// <summary>Masculine.</summary>
    Masculine,

    /// <summary>Feminine.</summary>
    Feminine,
}
