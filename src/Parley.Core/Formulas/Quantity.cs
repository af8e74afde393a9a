namespace Parley.Core.Formulas;

/// <summary>
/// How many people one side releases under a term: <see cref="Exactly"/> a number, <see cref="AtLeast"/> a number
/// (a floor, not a cap), or <see cref="All"/> it holds in the term's categories. Immutable; the cases are closed.
/// </summary>
public abstract record Quantity
{
    /// <summary>The largest count a formula may name.</summary>
    public const int MaxCount = 10_000_000;

    private Quantity()
    {
    }

    /// <summary>The canonical formula text of this quantity: <c>1000</c>, <c>at least 1200</c> or <c>all</c>.</summary>
    public abstract override string ToString();

    /// <summary>Exactly <see cref="Count"/> people: the term is fulfilled for a side at that count and never exceeds it.</summary>
    public sealed record Exactly : Quantity
    {
        public Exactly(int count) => Count = Preconditions.CheckRange(count, 1, MaxCount);

        public int Count { get; }

        public void Deconstruct(out int count) => count = Count;

        public override string ToString() => Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>At least <see cref="Count"/> people: a floor, not a cap.</summary>
    public sealed record AtLeast : Quantity
    {
        public AtLeast(int count) => Count = Preconditions.CheckRange(count, 1, MaxCount);

        public int Count { get; }

        public void Deconstruct(out int count) => count = Count;

        public override string ToString() => "at least " + Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Everyone the side holds in the term's categories who is verified; use <see cref="Instance"/>.</summary>
    public sealed record All : Quantity
    {
        /// <summary>The one <see cref="All"/> value.</summary>
        public static All Instance { get; } = new();

        private All()
        {
        }

        public override string ToString() => "all";
    }
}
