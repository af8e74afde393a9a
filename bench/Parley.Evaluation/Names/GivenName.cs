namespace Parley.Evaluation.Names;

/// <summary>A given name in Ukrainian and Russian, with the familiar forms people use.</summary>
internal sealed record GivenName(
    string Ukrainian,
    string Russian,
    IReadOnlyList<string> UkrainianDiminutives,
    IReadOnlyList<string> RussianDiminutives)
{
    public bool HasDiminutives => UkrainianDiminutives.Count > 0 && RussianDiminutives.Count > 0;

    public string Form(Language language) => language == Language.Ukrainian ? Ukrainian : Russian;

    public IReadOnlyList<string> Diminutives(Language language) =>
        language == Language.Ukrainian ? UkrainianDiminutives : RussianDiminutives;
}
