namespace Parley.Matching.Scoring;

/// <summary>
/// The level of each <see cref="Field"/> for one pair of records, packed one byte a field into a
/// <see cref="ulong"/> so millions of pairs cost eight bytes each. Immutable.
/// </summary>
public readonly record struct ComparisonVector(ulong Packed)
{
    /// <summary>The level index of <paramref name="field"/>.</summary>
    public int this[Field field] => (int)((Packed >> (8 * (int)field)) & 0xFF);

    /// <summary>A copy with <paramref name="field"/> at <paramref name="level"/>.</summary>
    public ComparisonVector With(Field field, int level)
    {
        var shift = 8 * (int)field;
        return new ComparisonVector((Packed & ~(0xFFUL << shift)) | ((ulong)(byte)level << shift));
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var self = this;
        return string.Join(' ', Enum.GetValues<Field>().Select(f => $"{f}={ComparisonLevels.Get(f, self[f]).Name}"));
    }
}
