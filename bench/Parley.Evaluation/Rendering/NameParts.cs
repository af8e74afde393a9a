namespace Parley.Evaluation.Rendering;

/// <summary>The name columns of a record while its classes are applied.</summary>
internal sealed class NameParts
{
    public string Surname { get; set; } = "";

    public string Given { get; set; } = "";

    public string Patronymic { get; set; } = "";

    /// <summary>The whole name in one column (name-in-one-column), the three others then empty.</summary>
    public string Name { get; set; } = "";

    public void Map(Func<string, string> change)
    {
        Surname = change(Surname);
        Given = change(Given);
        Patronymic = change(Patronymic);
    }
}
