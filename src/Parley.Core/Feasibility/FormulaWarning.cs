namespace Parley.Core.Feasibility;

/// <summary>A warning about a formula: what can never be met and why, in a sentence. <see cref="Term"/> is 1-based. Immutable.</summary>
public sealed record FormulaWarning(FormulaWarningKind Kind, int? Term, string Message);
