namespace Parley.Evaluation.Names;

internal enum Sex
{
    Male,
    Female,
}
