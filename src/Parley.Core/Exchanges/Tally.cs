using System.Collections.Immutable;

namespace Parley.Core.Exchanges;

/// <summary>
/// Counters kept as people move, so that parity, quantities and fulfilment are checked in constant time
/// rather than by scanning rosters of tens of thousands. Immutable.
/// </summary>
public sealed class Tally
{
    public static readonly Tally Empty = new(ImmutableDictionary<TallyKey, int>.Empty);

    private readonly ImmutableDictionary<TallyKey, int> _counts;

    private Tally(ImmutableDictionary<TallyKey, int> counts) => _counts = counts;

    /// <summary>The tally holding exactly these counters (as <see cref="Entries"/> lists them): how a stored state is read back.</summary>
    public static Tally Of(IEnumerable<KeyValuePair<TallyKey, int>> entries) => new(ImmutableDictionary.CreateRange(entries));

    public IEnumerable<KeyValuePair<TallyKey, int>> Entries => _counts;

    public int this[TallyKey key] => _counts.GetValueOrDefault(key);

    public int Count(string? stageId, Side side, int term, Func<PersonStatus, bool> statusFilter)
    {
        var total = 0;
        foreach (var status in AllStatuses)
        {
            if (statusFilter(status))
            {
                total += this[new TallyKey(stageId, side, term, status)];
            }
        }
        return total;
    }

    public int CountAllTerms(string? stageId, Side side, int termCount, Func<PersonStatus, bool> statusFilter)
    {
        var total = 0;
        for (var term = 0; term < termCount; term++)
        {
            total += Count(stageId, side, term, statusFilter);
        }
        return total;
    }

    /// <summary>Moves one person's counters from one (stage, status) to another.</summary>
    public Tally Move(Side side, int term, string? fromStage, PersonStatus? from, string? toStage, PersonStatus? to)
    {
        var builder = _counts.ToBuilder();
        if (from is { } f)
        {
            Add(builder, new TallyKey(null, side, term, f), -1);
            if (fromStage is not null)
            {
                Add(builder, new TallyKey(fromStage, side, term, f), -1);
            }
        }
        if (to is { } t)
        {
            Add(builder, new TallyKey(null, side, term, t), +1);
            if (toStage is not null)
            {
                Add(builder, new TallyKey(toStage, side, term, t), +1);
            }
        }
        return new Tally(builder.ToImmutable());
    }

    private static void Add(ImmutableDictionary<TallyKey, int>.Builder builder, TallyKey key, int delta)
    {
        var value = builder.GetValueOrDefault(key) + delta;
        if (value == 0)
        {
            builder.Remove(key);
        }
        else
        {
            builder[key] = value;
        }
    }

    private static readonly PersonStatus[] AllStatuses = Enum.GetValues<PersonStatus>();
}
