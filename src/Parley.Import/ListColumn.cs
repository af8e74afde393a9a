namespace Parley.Import;

/// <summary>The columns a list file may have; each maps to one field of <see cref="Parley.Matching.Records.ListRecord"/>.</summary>
public enum ListColumn
{
    Id,
    Surname,
    Given,
    Patronymic,
    FullName,
    DateOfBirth,
    ServiceNumber,
    Rank,
    Birthplace,
    Father,
    MotherMaiden,
    Category,
}
