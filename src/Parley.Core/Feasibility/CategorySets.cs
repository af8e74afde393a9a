using System.Collections.Immutable;
using Parley.Core.State;

namespace Parley.Core.Feasibility;

/// <summary>
/// The sets of categories people carry on a record's lists (every exchange, offer and request lists), each with how
/// many carry exactly that set: what <see cref="FormulaWarnings"/> checks a formula's categories against. Counts only.
/// Immutable.
/// </summary>
public sealed class CategorySets
{
    private CategorySets(ImmutableArray<(ImmutableArray<string> Categories, int People)> sets) => Sets = sets;

    public ImmutableArray<(ImmutableArray<string> Categories, int People)> Sets { get; }

    public static CategorySets Of(ParleyState state)
    {
        Preconditions.CheckNotNull(state);
        var counts = new Dictionary<string, (ImmutableArray<string> Categories, int People)>(StringComparer.Ordinal);
        void Add(IEnumerable<string> categories)
        {
            var set = categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var key = string.Join('\u001f', set);
            counts[key] = (set, counts.GetValueOrDefault(key).People + 1);
        }
        foreach (var exchange in state.Exchanges.Values)
        {
            foreach (var person in exchange.Persons.Values)
            {
                Add(person.Details?.Categories ?? []);
            }
            foreach (var request in exchange.Requests.Values)
            {
                Add(request.Details?.Categories ?? []);
            }
        }
        return new CategorySets([.. counts.Values.OrderBy(s => string.Join(',', s.Categories), StringComparer.Ordinal)]);
    }

    public static CategorySets From(IEnumerable<(ImmutableArray<string> Categories, int People)> sets) =>
        new([.. Preconditions.CheckNotNull(sets)]);

    /// <summary>Whether anyone on any list carries the category (compared ignoring case).</summary>
    public bool Names(string category) =>
        Sets.Any(s => s.People > 0 && s.Categories.Contains(category, StringComparer.OrdinalIgnoreCase));
}
