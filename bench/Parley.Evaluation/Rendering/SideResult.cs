using Parley.Evaluation.Errors;
using Parley.Evaluation.Transliteration;

namespace Parley.Evaluation.Rendering;

/// <summary>A side's record of a person (without its id) and the classes that were really applied to it.</summary>
internal sealed record SideResult(EvaluationRecord Record, ClassSet Applied, NameForm Form, bool Latin);
