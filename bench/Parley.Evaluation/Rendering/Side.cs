namespace Parley.Evaluation.Rendering;

internal enum Side
{
    Left,
    Right,
}
