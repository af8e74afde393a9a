namespace Parley.Evaluation.Randomness;

/// <summary>Independent random streams: each person draws from its own stream per purpose, so a
/// person's records do not depend on the order in which the lists are written.</summary>
internal enum RandomStream : ulong
{
    Population = 1,
    Sides = 2,
    Left = 3,
    Right = 4,
    Copies = 5,
    Layout = 6,
}
