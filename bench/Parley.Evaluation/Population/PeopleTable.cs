using Parley.Evaluation.Errors;

namespace Parley.Evaluation.Population;

/// <summary>The generated population: identities, class plans, relations and the two list layouts.</summary>
internal sealed class PeopleTable(
    EvaluationOptions options,
    PersonIdentity[] identities,
    ClassSet[] plans,
    RelationKind[] relations,
    int[] relatedTo,
    ListLayout left,
    ListLayout right)
{
    public EvaluationOptions Options { get; } = options;

    public int Count => identities.Length;

    public ListLayout Left { get; } = left;

    public ListLayout Right { get; } = right;

    public ref readonly PersonIdentity Identity(int person) => ref identities[person];

    /// <summary>The classes planned for the person's records (for people on one list: the style they are written in).</summary>
    public ClassSet Plan(int person) => plans[person];

    public RelationKind Relation(int person) => relations[person];

    public int RelatedTo(int person) => relatedTo[person];

    public bool OnBoth(int person) => Left.Copies(person) > 0 && Right.Copies(person) > 0;
}
