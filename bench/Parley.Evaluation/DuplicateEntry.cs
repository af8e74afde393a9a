namespace Parley.Evaluation;

/// <summary>A record that is one of several records of one person within a list (duplicates.csv).</summary>
public sealed record DuplicateEntry(string List, string Id, string Group);
