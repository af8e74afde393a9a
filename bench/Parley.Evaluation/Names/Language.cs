namespace Parley.Evaluation.Names;

/// <summary>The grammar and name forms a record is written in.</summary>
internal enum Language
{
    Ukrainian,
    Russian,
}
