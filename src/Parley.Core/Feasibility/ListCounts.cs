using System.Collections.Immutable;
using Parley.Core.Exchanges;
using Parley.Core.Formulas;

namespace Parley.Core.Feasibility;

/// <summary>
/// What an exchange's four lists hold, per term of a formula and side (the holding side of a direction), by status;
/// plus the people who fall under no term of that formula. Counts only, never a person. Immutable.
/// </summary>
public sealed class ListCounts
{
    private readonly ImmutableArray<StatusCounts> _byTermAndSide;
    private readonly ImmutableArray<StatusCounts> _unattributed;

    private ListCounts(int termCount, ImmutableArray<StatusCounts> byTermAndSide, ImmutableArray<StatusCounts> unattributed)
    {
        TermCount = termCount;
        _byTermAndSide = byTermAndSide;
        _unattributed = unattributed;
    }

    public int TermCount { get; }

    /// <summary>The people of <paramref name="side"/> (the holding side) attributed to term <paramref name="term"/> (0-based).</summary>
    public StatusCounts this[int term, Side side] => _byTermAndSide[Index(Preconditions.CheckRange(term, 0, TermCount - 1), side)];

    /// <summary>People of a side whose categories fall under no term: they cannot be released under the formula.</summary>
    public StatusCounts Unattributed(Side side) => _unattributed[(int)side];

    /// <summary>Every person of a side under any term.</summary>
    public StatusCounts Total(Side side)
    {
        var total = default(StatusCounts);
        for (var term = 0; term < TermCount; term++)
        {
            total = total.Plus(this[term, side]);
        }
        return total;
    }

    /// <summary>The lists of an exchange under its own formula, as the exchange attributed them when they were listed.</summary>
    public static ListCounts Of(Exchange exchange)
    {
        Preconditions.CheckNotNull(exchange);
        var builder = new Builder(exchange.TermCount);
        // The exchange keeps its offered people counted by term and status; counting them again would give the same.
        foreach (var (key, count) in exchange.Tally.Entries)
        {
            if (key.StageId is null)
            {
                builder.AddPeople(key.Side, key.Term, key.Status, count);
            }
        }
        foreach (var request in exchange.Requests.Values)
        {
            builder.AddRequest(request.Side, request.Term, request.Status);
        }
        return builder.Build();
    }

    /// <summary>
    /// The lists of an exchange under another formula (a what-if): every entry attributed anew by its categories with
    /// <see cref="ExchangeFormula.TermIndexFor"/>, as the exchange would have attributed it under that formula.
    /// </summary>
    public static ListCounts Of(Exchange exchange, ExchangeFormula formula)
    {
        Preconditions.CheckNotNull(exchange);
        Preconditions.CheckNotNull(formula);
        var builder = new Builder(formula.Terms.Length);
        // Lists hold a handful of category sets; attribute each set once.
        var termOf = new Dictionary<string, int?>(StringComparer.Ordinal);
        int? Attribute(ImmutableList<string> categories)
        {
            var key = string.Join('\u001f', categories);
            if (!termOf.TryGetValue(key, out var term))
            {
                term = formula.TermIndexFor(categories);
                termOf[key] = term;
            }
            return term;
        }
        foreach (var person in exchange.Persons.Values)
        {
            builder.AddPeople(person.Side, Attribute(person.Details?.Categories ?? []), person.Status, 1);
        }
        foreach (var request in exchange.Requests.Values)
        {
            builder.AddRequest(request.Side, Attribute(request.Details?.Categories ?? []), request.Status);
        }
        return builder.Build();
    }

    /// <summary>
    /// The lists of several exchanges under one formula, added up per term and side: what a round's exchanges hold
    /// together. Each must be counted under the same formula (the same number of terms) and with the same side A.
    /// </summary>
    public static ListCounts Sum(IReadOnlyCollection<ListCounts> counts)
    {
        Preconditions.CheckNotNull(counts);
        Preconditions.CheckArgument(counts.Count > 0, nameof(counts), "at least one exchange's counts are needed to add them up.");
        var termCount = counts.First().TermCount;
        Preconditions.CheckArgument(counts.All(c => c.TermCount == termCount), nameof(counts), "counts can be added up only under the same formula (the same number of terms).");
        var byTermAndSide = new StatusCounts[termCount * 2];
        var unattributed = new StatusCounts[2];
        foreach (var c in counts)
        {
            for (var i = 0; i < byTermAndSide.Length; i++)
            {
                byTermAndSide[i] = byTermAndSide[i].Plus(c._byTermAndSide[i]);
            }
            unattributed[0] = unattributed[0].Plus(c._unattributed[0]);
            unattributed[1] = unattributed[1].Plus(c._unattributed[1]);
        }
        return new ListCounts(termCount, [.. byTermAndSide], [.. unattributed]);
    }

    /// <summary>The same counts with sides A and B exchanged: an exchange that names the same two parties the other way round.</summary>
    public ListCounts WithSidesSwapped()
    {
        var byTermAndSide = new StatusCounts[TermCount * 2];
        for (var term = 0; term < TermCount; term++)
        {
            byTermAndSide[Index(term, Side.A)] = this[term, Side.B];
            byTermAndSide[Index(term, Side.B)] = this[term, Side.A];
        }
        return new ListCounts(TermCount, [.. byTermAndSide], [Unattributed(Side.B), Unattributed(Side.A)]);
    }

    public static Builder CreateBuilder(int termCount) => new(termCount);

    private static int Index(int term, Side side) => term * 2 + (int)side;

    /// <summary>Counts entries one at a time; <see cref="Build"/> gives the immutable counts.</summary>
    public sealed class Builder
    {
        private readonly int _termCount;
        private readonly StatusCounts[] _byTermAndSide;
        private readonly StatusCounts[] _unattributed = new StatusCounts[2];

        internal Builder(int termCount)
        {
            _termCount = Preconditions.CheckRange(termCount, 1, int.MaxValue / 2);
            _byTermAndSide = new StatusCounts[termCount * 2];
        }

        /// <summary>Adds <paramref name="count"/> offered people of a side in a status, under a term or (null) none.</summary>
        public Builder AddPeople(Side side, int? term, PersonStatus status, int count)
        {
            Preconditions.CheckNonNegative(count);
            ref var slot = ref Slot(side, term);
            slot = slot.Add(status, count);
            return this;
        }

        public Builder AddPerson(Side side, int? term, PersonStatus status) => AddPeople(side, term, status, 1);

        /// <summary>Adds a request of the direction whose holding side is <paramref name="side"/>.</summary>
        public Builder AddRequest(Side side, int? term, RequestStatus status)
        {
            ref var slot = ref Slot(side, term);
            slot = slot.Add(status);
            return this;
        }

        public ListCounts Build() => new(_termCount, [.. _byTermAndSide], [.. _unattributed]);

        private ref StatusCounts Slot(Side side, int? term)
        {
            if (term is not { } t)
            {
                return ref _unattributed[(int)side];
            }
            Preconditions.CheckRange(t, 0, _termCount - 1, nameof(term));
            return ref _byTermAndSide[Index(t, side)];
        }
    }
}
