namespace Parley.Matching.Reconciliation;

/// <summary>How far a reconciliation has got: the stage, and records done of the stage's total.</summary>
public readonly record struct ReconcileProgress(string Stage, long Done, long Total);
