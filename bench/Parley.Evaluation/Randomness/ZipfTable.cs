namespace Parley.Evaluation.Randomness;

/// <summary>
/// Draws a rank with weight 1 / (rank + offset)^exponent: name frequencies fall off like Zipf's law,
/// and the offset flattens the head so that a table of a few hundred names does not give the top
/// name an unrealistic share.
/// </summary>
internal sealed class ZipfTable
{
    private readonly double[] _cumulative;

    public ZipfTable(int count, double exponent, double offset)
    {
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1 + offset, exponent);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Count => _cumulative.Length;

    public int Sample(Rng rng)
    {
        var index = Array.BinarySearch(_cumulative, rng.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
