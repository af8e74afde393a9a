namespace Parley.Demo.Synthetic;

/// <summary>The patronymic from one father's name: (Ukrainian, Russian) × (masculine, feminine).</summary>
internal sealed record PatronymicForms(string UkMasculine, string UkFeminine, string RuMasculine, string RuFeminine)
{
    internal string Form(bool russian, bool feminine) =>
        russian ? (feminine ? RuFeminine : RuMasculine) : (feminine ? UkFeminine : UkMasculine);
}
