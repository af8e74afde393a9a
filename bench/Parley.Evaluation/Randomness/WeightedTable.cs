namespace Parley.Evaluation.Randomness;

/// <summary>A choice among items with given weights (they need not add up to one).</summary>
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedTable(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(entry => entry.Weight > 0).ToList();
        _items = [.. list.Select(entry => entry.Item)];
        _cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }

        Total = total;
    }

    public double Total { get; }

    public T Sample(Rng rng)
    {
        var target = rng.NextDouble() * Total;
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
