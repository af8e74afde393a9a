namespace Parley.Import;

/// <summary>How far an import has got: data rows read so far and the fraction of the file (0 to 1).</summary>
public readonly record struct ImportProgress(int RowsRead, double Fraction);
