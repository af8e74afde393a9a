using System.Collections.Immutable;
using Parley.Core.Formulas;

namespace Parley.Core.Tests.Formulas;

/// <summary>Short constructors for expected values.</summary>
internal static class F
{
    public static Quantity N(int count) => new Quantity.Exactly(count);

    public static Quantity AtLeast(int count) => new Quantity.AtLeast(count);

    public static Quantity All => Quantity.All.Instance;

    public static ExchangeTerm Term(Quantity a, Quantity b, params string[] categories) =>
        new(a, b, [.. categories]);

    public static ExchangeFormula Formula(int? floor, params ExchangeTerm[] terms) => new([.. terms], floor);

    public static ImmutableArray<string> Cats(params string[] categories) => [.. categories];
}
