namespace Parley.Demo.Synthetic;

/// <summary>A given name's standard forms in each language; for a male name, the patronymics made from it.</summary>
internal sealed class GivenEntry(string id, string uk, string ru, IReadOnlyList<string> diminutives)
{
    internal string Id { get; } = id;

    internal string Uk { get; } = uk;

    internal string Ru { get; } = ru;

    internal IReadOnlyList<string> Diminutives { get; } = diminutives;

    internal PatronymicForms Patronymics { get; set; } = new("", "", "", "");

    internal string Form(bool russian) => russian ? Ru : Uk;
}
