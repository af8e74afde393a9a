namespace Parley.Matching.Names;

/// <summary>
/// What a patronymic says: the father's given name (its <see cref="GivenNames"/> id) and the
/// gender of its bearer. Миколайович and Николаевич are the same <see cref="Patronymic"/>.
/// </summary>
public readonly record struct Patronymic(string FatherId, Gender Gender)
{
    /// <summary>The canonical id: <c>nikolai.m</c>, <c>aleksandr.f</c>.</summary>
    public string Id => FatherId + (Gender == Gender.Feminine ? ".f" : ".m");

    /// <inheritdoc />
    public override string ToString() => Id;
}
