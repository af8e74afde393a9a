namespace Parley.Evaluation.Randomness;

/// <summary>SplitMix64 (Steele, Lea and Flood 2014): seeds xoshiro and mixes stream numbers into seeds.</summary>
internal static class SplitMix64
{
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Mix(ulong value)
    {
        var state = value;
        return Next(ref state);
    }
}
