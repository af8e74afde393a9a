namespace Parley.Evaluation;

/// <summary>One row of left.csv or right.csv (the columns of docs/lists.md); empty text for a missing field.</summary>
public sealed record EvaluationRecord
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "surname", "given", "patronymic", "name", "dob", "service_number", "rank", "birthplace", "father", "mother_maiden", "category"];

    public string Id { get; init; } = "";

    public string Surname { get; init; } = "";

    public string Given { get; init; } = "";

    public string Patronymic { get; init; } = "";

    public string Name { get; init; } = "";

    public string Dob { get; init; } = "";

    public string ServiceNumber { get; init; } = "";

    public string Rank { get; init; } = "";

    public string Birthplace { get; init; } = "";

    public string Father { get; init; } = "";

    public string MotherMaiden { get; init; } = "";

    public string Category { get; init; } = "";

    /// <summary>The fields in the order of <see cref="Header"/>.</summary>
    public string[] Fields() =>
        [Id, Surname, Given, Patronymic, Name, Dob, ServiceNumber, Rank, Birthplace, Father, MotherMaiden, Category];
}
