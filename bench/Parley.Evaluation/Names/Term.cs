namespace Parley.Evaluation.Names;

/// <summary>A word of a list other than a name (place, rank, category) in Ukrainian, Russian and English.</summary>
internal sealed record Term(string Ukrainian, string Russian, string English)
{
    public string Form(Language language) => language == Language.Ukrainian ? Ukrainian : Russian;
}
