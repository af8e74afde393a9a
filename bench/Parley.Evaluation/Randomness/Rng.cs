using System.Numerics;

namespace Parley.Evaluation.Randomness;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018). Our own generator, because the evaluation files must stay
/// byte-identical for a seed across .NET versions, which <see cref="System.Random"/> does not promise.
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64.Next(ref state);
        _s1 = SplitMix64.Next(ref state);
        _s2 = SplitMix64.Next(ref state);
        _s3 = SplitMix64.Next(ref state);
    }

    public static Rng For(ulong seed, RandomStream stream, long index, int sub = 0)
    {
        var mixed = SplitMix64.Mix(seed);
        mixed = SplitMix64.Mix(mixed ^ (ulong)stream);
        mixed = SplitMix64.Mix(mixed ^ (ulong)index);
        return new Rng(SplitMix64.Mix(mixed ^ (ulong)sub));
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in [0, n): the high word of a 64×64 product (Lemire), bias below n / 2^64.</summary>
    public int Next(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        return (int)Math.BigMul(NextUInt64(), (ulong)n, out _);
    }

    public int Next(int low, int highExclusive) => low + Next(highExclusive - low);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
