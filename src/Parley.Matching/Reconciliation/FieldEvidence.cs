using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

/// <summary>One field's part in a decision: what each side gave, the level they reached, and its weight. Immutable.</summary>
public sealed record FieldEvidence(Field Field, ComparisonLevel Level, double Weight, string Left, string Right);
