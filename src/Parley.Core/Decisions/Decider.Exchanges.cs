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
        context.Emit(new ExchangeOpened(id, agreement.Id, c.SideA, c.SideB, NotInFuture(context, c.At)));
    }

    private static void SubmitList(Context context, SubmitList c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var side = exchange.SideOf(c.Party ?? "")
            ?? throw Violation(DomainRule.ListOwner, $"party '{c.Party}' is not a side of exchange '{exchange.Id}'");
        if (!Enum.IsDefined(c.List))
        {
            throw new InvalidFieldException("list", c.List, "a list is request or offer");
        }
        RequireParty(context, c, exchange.PartyOf(side), $"its {c.List.ToString().ToLowerInvariant()} list");
        // A party's offer list is the direction it holds; its request list, the direction the other side holds.
        AddEntries(context, exchange, c.List == ListKind.Offer ? side : side.Other(), c.List, c.Persons);
    }

    private static void ListPersons(Context context, ListPersons c)
    {
        var exchange = FindExchange(context, c.Exchange);
        if (!Enum.IsDefined(c.Side))
        {
            throw new InvalidFieldException("side", c.Side, "a side is A or B");
        }
        RequireParty(context, c, exchange.PartyOf(c.Side), $"side {c.Side}'s offer list");
        AddEntries(context, exchange, c.Side, ListKind.Offer, c.Persons);
    }

    /// <summary>Adds entries to the list of <paramref name="kind"/> in the direction held by <paramref name="holder"/>.</summary>
    private static void AddEntries(Context context, Exchange exchange, Side holder, ListKind kind, ImmutableList<RosterEntry>? entries)
    {
        if (exchange.Fulfilled)
        {
            throw Violation(DomainRule.ExchangeClosed, $"exchange '{exchange.Id}' is fulfilled");
        }
        RequirePersons(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var field = $"persons[{i}]";
            if (entry is null)
            {
                throw new InvalidFieldException(field, null, "a list entry must not be empty");
            }
            var id = Ids.CheckPerson(entry.Person, field + ".person");
            if (context.State.Exchanges[exchange.Id].HasEntry(id))
            {
                throw Violation(DomainRule.OnePersonOneEntry, $"person '{id}' is already on a list of exchange '{exchange.Id}'");
            }
            var details = CheckDetails(entry.ToDetails(), field);
            context.Emit(kind == ListKind.Offer
                ? new PersonListed(exchange.Id, id, holder, TermFor(exchange, id, details), details)
                : new RequestListed(exchange.Id, id, holder, exchange.Formula.TermIndexFor(details.Categories), null, details));
        }
    }

    private static void AmendPerson(Context context, AmendPerson c)
    {
        var exchange = FindExchange(context, c.Exchange);
        if (exchange.Fulfilled)
        {
            throw Violation(DomainRule.ExchangeClosed, $"exchange '{exchange.Id}' is fulfilled");
        }
        if (exchange.Requests.GetValueOrDefault(c.Person ?? "") is { } request)
        {
            RequireParty(context, c, exchange.ReceiverOf(request.Side), $"request '{request.Id}'");
            if (request.Status != RequestStatus.Requested)
            {
                throw Violation(DomainRule.PersonLifecycle, $"request '{request.Id}' is {request.Status.ToWord()}; a request can be amended only while outstanding");
            }
            var requestDetails = CheckDetails(c.ToDetails(), "person");
            context.Emit(new RequestAmended(exchange.Id, request.Id, exchange.Formula.TermIndexFor(requestDetails.Categories), requestDetails));
            return;
        }
        var person = FindPerson(exchange, c.Person);
        RequireParty(context, c, exchange.PartyOf(person.Side), $"person '{person.Id}'");
        if (person.Status is not (PersonStatus.Offered or PersonStatus.Matched or PersonStatus.Verified))
        {
            throw Violation(DomainRule.PersonLifecycle,
                $"person '{person.Id}' is {person.Status.ToWord()}; an entry can be amended only before the person is scheduled");
        }
        var details = CheckDetails(c.ToDetails(), "person");
        context.Emit(new PersonAmended(exchange.Id, person.Id, TermFor(exchange, person.Id, details), details));
        NoteFulfilment(context, exchange.Id, context.Now);
    }

    private static void CarryRequests(Context context, CarryRequests c)
    {
        var from = FindExchange(context, c.From);
        var to = FindExchange(context, c.To);
        if (from.Id == to.Id)
        {
            throw new InvalidFieldException("to", to.Id, "requests are carried to another exchange");
        }
        if (from.Erasure is not null)
        {
            throw Violation(DomainRule.Erasure, $"exchange '{from.Id}' was erased: its requests no longer hold the data to carry");
        }
        var party = Required(c.Party, "party");
        var fromSide = from.SideOf(party) ?? throw Violation(DomainRule.ListOwner, $"party '{party}' is not a side of exchange '{from.Id}'");
        var toSide = to.SideOf(party) ?? throw Violation(DomainRule.ListOwner, $"party '{party}' is not a side of exchange '{to.Id}'");
        if (to.PartyOf(toSide.Other()) != from.PartyOf(fromSide.Other()))
        {
            throw Violation(DomainRule.ListOwner, $"exchanges '{from.Id}' and '{to.Id}' are not between the same two parties");
        }
        RequireParty(context, c, party, $"{party}'s request list");
        if (to.Fulfilled)
        {
            throw Violation(DomainRule.ExchangeClosed, $"exchange '{to.Id}' is fulfilled");
        }
        // The party's requests are in the direction the other side holds.
        var outstanding = from.Requests.Values
            .Where(r => r.Side == fromSide.Other() && r.Status == RequestStatus.Requested)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        if (c.Requests is { } named)
        {
            var byId = outstanding.ToDictionary(r => r.Id, StringComparer.Ordinal);
            outstanding = [];
            foreach (var id in named)
            {
                outstanding.Add(byId.GetValueOrDefault(id ?? "")
                    ?? throw Violation(DomainRule.KnownReference, $"'{id}' is not an outstanding request of {party} in exchange '{from.Id}'"));
            }
        }
        if (outstanding.Count == 0)
        {
            throw new InvalidFieldException("requests", null, $"{party} has no outstanding request in exchange '{from.Id}' to carry");
        }
        foreach (var request in outstanding)
        {
            if (context.State.Exchanges[to.Id].HasEntry(request.Id))
            {
                throw Violation(DomainRule.OnePersonOneEntry, $"person '{request.Id}' is already on a list of exchange '{to.Id}'");
            }
            context.Emit(new RequestListed(to.Id, request.Id, toSide.Other(), to.Formula.TermIndexFor(request.Details!.Categories),
                from.Id + "/" + request.Id, request.Details));
            context.Emit(new RequestMoved(from.Id, request.Id, RequestStatus.Carried, context.Now, null));
        }
    }

    private static int TermFor(Exchange exchange, string person, PersonDetails details) =>
        exchange.Formula.TermIndexFor(details.Categories)
        ?? throw Violation(DomainRule.TermCoversPerson,
            $"no term of exchange '{exchange.Id}' ({exchange.Formula}) covers person '{person}' with categories [{string.Join(", ", details.Categories)}]");

    private static PersonDetails CheckDetails(PersonDetails? details, string field)
    {
        if (details is null || details.Names is null || details.Names.Count == 0 || details.Names.Any(n => n is null || string.IsNullOrWhiteSpace(n.Text)))
        {
            throw new InvalidFieldException(field + ".names", null, "a list entry needs at least one name, and no name may be empty");
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
        ?? throw Violation(DomainRule.KnownReference, exchange.Requests.ContainsKey(id ?? "")
            ? $"'{id}' is a request of exchange '{exchange.Id}', not an offered person"
            : $"person '{id}' is not on a list of exchange '{exchange.Id}'");

    private static Request FindRequest(Exchange exchange, string? id) =>
        exchange.Requests.GetValueOrDefault(id ?? "")
        ?? throw Violation(DomainRule.KnownReference, exchange.Persons.ContainsKey(id ?? "")
            ? $"'{id}' is an offered person of exchange '{exchange.Id}', not a request"
            : $"request '{id}' is not on a list of exchange '{exchange.Id}'");

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
