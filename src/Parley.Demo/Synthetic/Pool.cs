namespace Parley.Demo.Synthetic;

/// <summary>Items with a cumulative weight table for O(log n) weighted draws.</summary>
internal sealed class Pool<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    private Pool(T[] items, double[] cumulative)
    {
        _items = items;
        _cumulative = cumulative;
    }

    internal int Count => _items.Length;

    internal T this[int index] => _items[index];

    /// <summary>Weights falling with rank as 1/(rank + 8): the first items are the most common, as in real name lists.</summary>
    internal static Pool<T> Zipf(IReadOnlyList<T> items)
    {
        var cumulative = new double[items.Count];
        double total = 0;
        for (var i = 0; i < items.Count; i++)
        {
            total += 1.0 / (i + 8);
            cumulative[i] = total;
        }
        for (var i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] /= total;
        }
        return new Pool<T>([.. items], cumulative);
    }

    internal int DrawIndex(ref SeededRandom random)
    {
        var i = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, _items.Length - 1);
    }

    internal T Draw(ref SeededRandom random) => _items[DrawIndex(ref random)];
}
