namespace Parley.Import;

/// <summary>
/// One problem in a list file: the 1-based row (the header is row 1; 0 for the file as a whole), the
/// column as the file names it (null when the problem is not in one column), and what is wrong, said
/// so that a person can fix the file. Immutable.
/// </summary>
public sealed record ImportError(int Row, string? Column, string Message)
{
    /// <summary>The error as one line, prefixed with the file: <c>lists/ua.csv: row 17, column "dob": …</c>.</summary>
    public string Describe(string path) =>
        (Row, Column) switch
        {
            (0, null) => $"{path}: {Message}",
            (0, { } c) => $"{path}: column \"{c}\": {Message}",
            (_, null) => $"{path}: row {Row}: {Message}",
            (_, { } c) => $"{path}: row {Row}, column \"{c}\": {Message}",
        };
}
