namespace Parley.Evaluation.Population;

/// <summary>How a person was built to resemble another (ERROR-MODEL.md, "Hard negatives").</summary>
internal enum RelationKind : byte
{
    None,
    Namesake,
    Sibling,
    Twin,
}
