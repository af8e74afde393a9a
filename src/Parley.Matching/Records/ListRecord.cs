namespace Parley.Matching.Records;

/// <summary>
/// One person on one side's list, as imported: every field as written (any script), any of them possibly
/// missing except the id and a name. <see cref="SourceRow"/> is the 1-based row in the file (header = row 1),
/// so every decision can point back to it. Immutable.
/// </summary>
public sealed record ListRecord(
    string Id,
    string? Surname,
    string? Given,
    string? Patronymic,
    string? FullName,
    PartialDate? DateOfBirth,
    string? ServiceNumber,
    string? Rank,
    string? Birthplace,
    string? Father,
    string? MotherMaiden,
    string? Category,
    int SourceRow);
