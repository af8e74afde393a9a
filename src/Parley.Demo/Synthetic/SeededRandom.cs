namespace Parley.Demo.Synthetic;

/// <summary>
/// A small deterministic random source (SplitMix64, Steele, Lea and Flood, OOPSLA 2014): the same seed
/// gives the same sequence on every platform and runtime, which <see cref="Random"/> does not promise.
/// Each person draws from its own stream, keyed by the seed and its index, so generation order (and
/// parallelism) cannot change the output.
/// </summary>
internal struct SeededRandom
{
    private ulong _state;

    internal SeededRandom(int seed, long index, ulong purpose)
    {
        _state = Mix(Mix((ulong)(uint)seed ^ 0x9E3779B97F4A7C15UL) ^ Mix((ulong)index + 0xD1B54A32D192ED03UL) ^ purpose);
    }

    internal ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    internal int Next(int maxExclusive) => (int)((NextUInt64() >> 1) % (ulong)maxExclusive);

    /// <summary>A uniform integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    internal int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>A uniform double in [0, 1).</summary>
    internal double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    internal bool Chance(double probability) => NextDouble() < probability;

    internal T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
