namespace Parley.Matching.Names;

/// <summary>
/// A plausible nominative form of a surname as written. <see cref="IsGenderVariant"/> marks the
/// other gender's form of the surname (Іванова for Іванов), which is not a reading of the text
/// itself but the form a relative of the other gender would bear. Immutable.
/// </summary>
public sealed record SurnameBaseForm(string Form, Gender Gender, bool IsGenderVariant);
