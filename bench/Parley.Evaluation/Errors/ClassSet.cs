namespace Parley.Evaluation.Errors;

/// <summary>A set of error classes as a bit mask: cheap to store for a million people.</summary>
internal readonly record struct ClassSet(ulong Bits)
{
    public static ClassSet Empty => default;

    public bool IsEmpty => Bits == 0;

    public int Count => System.Numerics.BitOperations.PopCount(Bits);

    public bool Contains(ErrorClass errorClass) => (Bits & Bit(errorClass)) != 0;

    public ClassSet With(ErrorClass errorClass) => new(Bits | Bit(errorClass));

    public ClassSet Without(ErrorClass errorClass) => new(Bits & ~Bit(errorClass));

    public ClassSet Union(ClassSet other) => new(Bits | other.Bits);

    public IEnumerable<ErrorClass> Classes()
    {
        var bits = Bits;
        while (bits != 0)
        {
            var index = System.Numerics.BitOperations.TrailingZeroCount(bits);
            yield return (ErrorClass)index;
            bits &= bits - 1;
        }
    }

    public IReadOnlyList<string> Names() => [.. Classes().Select(ClassCatalog.Name)];

    /// <summary>The truth.csv form: names joined with +, or "clean" for a pair without differences.</summary>
    public override string ToString() => IsEmpty ? ClassCatalog.Clean : string.Join('+', Names());

    private static ulong Bit(ErrorClass errorClass) => 1UL << (int)errorClass;
}
