using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static void OpenExchange(Context context, OpenExchange c)
    {
        var id = Ids.Check(c.Id, "id");
        if (context.State.Exchanges.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"exchange '{id}' is already open");
        }
        var agreement = context.State.Agreements.GetValueOrDefault(c.Agreement ?? "")
            ?? throw Violation(DomainRule.KnownReference, $"agreement '{c.Agreement}' is not recorded");
        if (agreement.Terms is null)
        {
            throw Violation(DomainRule.AgreementNeedsFormula, $"agreement '{agreement.Id}' has no exchange terms");
        }
        FindParty(context, c.SideA);
        FindParty(context, c.SideB);
        if (c.SideA == c.SideB)
        {
            throw Violation(DomainRule.ExchangeParties, $"side A and side B are both '{c.SideA}'");
        }
        context.Emit(new ExchangeOpened(id, agreement.Id, c.SideA, c.SideB));
    }

    private static void ListPersons(Context context, ListPersons c)
    {
        var exchange = FindExchange(context, c.Exchange);
        if (exchange.Fulfilled)
        {
            throw Violation(DomainRule.ExchangeClosed, $"exchange '{exchange.Id}' is fulfilled");
        }
        if (c.Entries is null || c.Entries.Count == 0)
        {
            throw new InvalidFieldException("persons", null, "persons must name at least one person");
        }
        for (var i = 0; i < c.Entries.Count; i++)
        {
            var entry = c.Entries[i];
            var field = $"persons[{i}]";
            if (entry is null)
            {
                throw new InvalidFieldException(field, null, "a roster entry must not be empty");
            }
            var id = Ids.Check(entry.Person, field + ".person");
            if (context.State.Exchanges[exchange.Id].Persons.ContainsKey(id))
            {
                throw Violation(DomainRule.OnePersonOneEntry, $"person '{id}' is already on a roster of exchange '{exchange.Id}'");
            }
            var details = CheckDetails(entry.Details, field);
            context.Emit(new PersonListed(exchange.Id, id, c.Side, TermFor(exchange, id, details), details));
        }
    }

    private static void AmendPerson(Context context, AmendPerson c)
    {
        var exchange = FindExchange(context, c.Exchange);
        if (exchange.Fulfilled)
        {
            throw Violation(DomainRule.ExchangeClosed, $"exchange '{exchange.Id}' is fulfilled");
        }
        var person = FindPerson(exchange, c.Person);
        if (person.Status is not (PersonStatus.Listed or PersonStatus.Matched or PersonStatus.Verified))
        {
            throw Violation(DomainRule.PersonLifecycle,
                $"person '{person.Id}' is {person.Status.ToWord()}; an entry can be amended only before the person is scheduled");
        }
        var details = CheckDetails(c.Details, "person");
        context.Emit(new PersonAmended(exchange.Id, person.Id, TermFor(exchange, person.Id, details), details));
        NoteFulfilment(context, exchange.Id, context.Now);
    }

    private static int TermFor(Exchange exchange, string person, PersonDetails details) =>
        exchange.Formula.TermIndexFor(details.Categories)
        ?? throw Violation(DomainRule.TermCoversPerson,
            $"no term of exchange '{exchange.Id}' ({exchange.Formula}) covers person '{person}' with categories [{string.Join(", ", details.Categories)}]");

    private static PersonDetails CheckDetails(PersonDetails? details, string field)
    {
        if (details is null || details.Names is null || details.Names.Count == 0 || details.Names.Any(n => n is null || string.IsNullOrWhiteSpace(n.Text)))
        {
            throw new InvalidFieldException(field + ".names", null, "a roster entry needs at least one name, and no name may be empty");
        }
        var categories = details.Categories ?? [];
        foreach (var category in categories)
        {
            if (!IsCategory(category))
            {
                throw new InvalidFieldException(field + ".categories", category, "a category is a lower-case word of letters, digits and hyphens, such as severely-wounded");
            }
        }
        if (categories.Distinct(StringComparer.Ordinal).Count() != categories.Count)
        {
            throw new InvalidFieldException(field + ".categories", string.Join(",", categories), "a category is named once per person");
        }
        return details with
        {
            Categories = categories,
            Identifiers = details.Identifiers ?? ImmutableSortedDictionary<string, string>.Empty,
        };
    }

    private static bool IsCategory(string? value) =>
        value is not null && value.Length is > 0 and <= 64 && char.IsAsciiLetterLower(value[0])
        && value.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-');

    private static Exchange FindExchange(Context context, string? id) =>
        context.State.Exchanges.GetValueOrDefault(id ?? "")
        ?? throw Violation(DomainRule.KnownReference, $"exchange '{id}' is not open");

    private static Person FindPerson(Exchange exchange, string? id) =>
        exchange.Persons.GetValueOrDefault(id ?? "")
        ?? throw Violation(DomainRule.KnownReference, $"person '{id}' is not on a roster of exchange '{exchange.Id}'");

    private static Stage FindStage(Exchange exchange, string? id) =>
        exchange.Stages.GetValueOrDefault(id ?? "")
        ?? throw Violation(DomainRule.KnownReference, $"stage '{id}' is not planned in exchange '{exchange.Id}'");

    /// <summary>Records fulfilment the moment it holds: every term and the floor met, a stage closed and none still open.</summary>
    private static void NoteFulfilment(Context context, string exchangeId, Instant at)
    {
        var exchange = context.State.Exchanges[exchangeId];
        if (!exchange.Fulfilled && exchange.Stages.Count > 0
            && exchange.Stages.Values.Any(s => s.Status == StageStatus.Closed)
            && exchange.Stages.Values.All(s => s.Status != StageStatus.Open) && exchange.IsFulfilled())
        {
            context.Emit(new ExchangeFulfilled(exchange.Id, at, exchange.ReleasedAllTerms(Side.A), exchange.ReleasedAllTerms(Side.B)));
        }
    }
}
