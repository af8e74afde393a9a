namespace Parley.Evaluation.Names;

/// <summary>A surname in its masculine Ukrainian and Russian forms.</summary>
internal sealed record Surname(string Ukrainian, string Russian, SurnameKind Kind)
{
    public string Form(Language language, Sex sex)
    {
        var masculine = language == Language.Ukrainian ? Ukrainian : Russian;
        return sex == Sex.Male ? masculine : SurnameGrammar.Feminine(masculine, Kind, language);
    }
}
