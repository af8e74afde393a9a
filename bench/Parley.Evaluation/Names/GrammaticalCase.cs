namespace Parley.Evaluation.Names;

internal enum GrammaticalCase
{
    Genitive,
    Dative,
}
