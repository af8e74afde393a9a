namespace Parley.Matching.Scoring;

/// <summary>
/// The level of each <see cref="Field"/> for one pair of records, packed four bits a field (a field has at most
/// <see cref="ComparisonLevels.MaxLevels"/> levels) into a <see cref="ulong"/>, so millions of pairs cost eight bytes
/// each and up to sixteen fields fit. Immutable.
/// </summary>
public readonly record struct ComparisonVector(ulong Packed)
{
    /// <summary>The bits of one field's level.</summary>
    public const int BitsPerField = 4;

    /// <summary>The mask of one field's level, at the lowest bits.</summary>
    public const ulong FieldMask = (1UL << BitsPerField) - 1;

    /// <summary>The level index of <paramref name="field"/>.</summary>
    public int this[Field field] => (int)((Packed >> (BitsPerField * (int)field)) & FieldMask);

    /// <summary>A copy with <paramref name="field"/> at <paramref name="level"/>.</summary>
    public ComparisonVector With(Field field, int level)
    {
        var shift = BitsPerField * (int)field;
        return new ComparisonVector((Packed & ~(FieldMask << shift)) | (((ulong)level & FieldMask) << shift));
    }

    /// <summary>The vector of the given levels, one per field in <see cref="Field"/> order.</summary>
    public static ComparisonVector Of(params ReadOnlySpan<int> levels)
    {
        ulong packed = 0;
        for (var f = levels.Length - 1; f >= 0; f--)
        {
            packed = (packed << BitsPerField) | ((ulong)levels[f] & FieldMask);
        }
        return new ComparisonVector(packed);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var self = this;
        return string.Join(' ', Enum.GetValues<Field>().Select(f => $"{f}={ComparisonLevels.Get(f, self[f]).Name}"));
    }
}
