using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static void MovePersons(Context context, MovePersons c)
    {
        var exchangeId = FindExchange(context, c.Exchange).Id;
        RequirePersons(c.Persons);
        if (!Enum.IsDefined(c.Movement))
        {
            throw new InvalidFieldException("command", c.Movement, "unknown movement");
        }
        var note = OptionalNote(c.Note);
        var at = When(context, c.At);
        foreach (var personId in c.Persons)
        {
            // Each person is checked against the state the earlier ones left, so a list cannot overrun a quantity or a plan.
            var exchange = context.State.Exchanges[exchangeId];
            if (c.Movement == Movement.Withdraw && exchange.Requests.GetValueOrDefault(personId ?? "") is { } request)
            {
                WithdrawRequest(context, c, exchange, request, at, note);
                continue;
            }
            var person = FindPerson(exchange, personId);
            RequireMover(context, c, exchange, person);
            var (to, stage) = Move(exchange, person, c);
            context.Emit(new PersonMoved(exchange.Id, person.Id, to, stage, at, note));
        }
        NoteFulfilment(context, exchangeId, at);
    }

    /// <summary>
    /// Who may move a person: the receiving side accepts an offered person; the verifier verifies and records a decline; the
    /// mediator plans the handover; the holding side releases and withdraws its own people; the receiving side receives.
    /// </summary>
    private static void RequireMover(Context context, MovePersons c, Exchange exchange, Person person)
    {
        var holder = exchange.PartyOf(person.Side);
        var receiver = exchange.ReceiverOf(person.Side);
        switch (c.Movement)
        {
            case Movement.Match:
                RequireRoles(context, c, ActorRole.Party, "accept an offered person into the exchange");
                RequireParty(context, c, receiver, $"person '{person.Id}' (going home to {receiver})");
                break;
            case Movement.Verify or Movement.Decline:
                RequireRoles(context, c, ActorRole.Verifier, $"{c.Name} a person");
                break;
            case Movement.Schedule or Movement.Unschedule or Movement.RecordDeath:
                RequireRoles(context, c, ActorRole.Mediator, $"{c.Name} a person");
                break;
            case Movement.Release or Movement.Withdraw:
                RequireRoles(context, c, ActorRole.Mediator | ActorRole.Party, $"{c.Name} a person");
                RequireParty(context, c, holder, $"person '{person.Id}' (held by {holder})");
                break;
            case Movement.Receive or Movement.Dispute:
                RequireRoles(context, c, ActorRole.Mediator | ActorRole.Party, $"{c.Name} a person");
                RequireParty(context, c, receiver, $"person '{person.Id}' (received by {receiver})");
                break;
        }
    }

    private static void WithdrawRequest(Context context, MovePersons c, Exchange exchange, Request request, NodaTime.Instant at, PrivateNote? note)
    {
        RequireRoles(context, c, ActorRole.Mediator | ActorRole.Party, "withdraw a request");
        RequireParty(context, c, exchange.ReceiverOf(request.Side), $"request '{request.Id}'");
        if (request.Status != RequestStatus.Requested)
        {
            throw Violation(DomainRule.PersonLifecycle, $"request '{request.Id}' is {request.Status.ToWord()}; only an outstanding request can be withdrawn");
        }
        context.Emit(new RequestMoved(exchange.Id, request.Id, RequestStatus.Withdrawn, at, note));
    }

    private static (PersonStatus To, string? Stage) Move(Exchange exchange, Person person, MovePersons c)
    {
        switch (c.Movement)
        {
            case Movement.Match:
                Require(person, c, PersonStatus.Offered);
                return (PersonStatus.Matched, null);
            case Movement.Verify:
                Require(person, c, PersonStatus.Matched);
                return (PersonStatus.Verified, null);
            case Movement.Schedule:
                return (PersonStatus.Scheduled, Schedule(exchange, person, c));
            case Movement.Unschedule:
                Require(person, c, PersonStatus.Scheduled);
                RequireNamedStage(person, c);
                RequireOpenStage(exchange, person.StageId!, person, c);
                return (PersonStatus.Verified, person.StageId);
            case Movement.Release:
                Require(person, c, PersonStatus.Scheduled);
                RequireNamedStage(person, c);
                RequireOpenStage(exchange, person.StageId!, person, c);
                return (PersonStatus.Released, person.StageId);
            case Movement.Receive:
                if (!person.Status.HasBeenReleased() || person.Status == PersonStatus.Received)
                {
                    throw Violation(DomainRule.ReceivedAfterReleased,
                        $"person '{person.Id}' is {person.Status.ToWord()}, so cannot be received");
                }
                RequireNamedStage(person, c);
                return (PersonStatus.Received, person.StageId);
            case Movement.Dispute:
                Require(person, c, PersonStatus.Released);
                RequireNamedStage(person, c);
                return (PersonStatus.Disputed, person.StageId);
            case Movement.Decline:
                return Decline(exchange, person, c);
            case Movement.Withdraw:
                Require(person, c, PersonStatus.Offered, PersonStatus.Matched, PersonStatus.Verified, PersonStatus.Scheduled);
                LeaveStage(exchange, person, c);
                return (PersonStatus.Withdrawn, person.StageId);
            case Movement.RecordDeath:
                Require(person, c, PersonStatus.Offered, PersonStatus.Matched, PersonStatus.Verified, PersonStatus.Scheduled);
                LeaveStage(exchange, person, c);
                return (PersonStatus.Deceased, person.StageId);
            default:
                throw new InvalidFieldException("command", c.Movement, "unknown movement");
        }
    }

    private static (PersonStatus To, string? Stage) Decline(Exchange exchange, Person person, MovePersons c)
    {
        Require(person, c, PersonStatus.Matched, PersonStatus.Verified, PersonStatus.Scheduled);
        LeaveStage(exchange, person, c);
        return (PersonStatus.Declined, person.StageId);
    }

    private static string Schedule(Exchange exchange, Person person, MovePersons c)
    {
        if (c.Stage is null)
        {
            throw new InvalidFieldException("stage", null, "schedule needs the stage the people go in");
        }
        var stage = FindStage(exchange, c.Stage);
        if (person.StageId is { } current)
        {
            throw Violation(DomainRule.OneStagePerPerson, $"person '{person.Id}' is already in stage '{current}'");
        }
        Require(person, c, PersonStatus.Verified);
        if (stage.Status != StageStatus.Open)
        {
            throw Violation(DomainRule.StageOpen, $"stage '{stage.Id}' is {stage.Status.ToWord()}");
        }
        var inStage = exchange.InStage(person.Side, stage.Id);
        if (inStage >= stage.Planned(person.Side))
        {
            throw Violation(DomainRule.StagePlan,
                $"stage '{stage.Id}' already has {inStage} of the {stage.Planned(person.Side)} people planned from side {person.Side} ({exchange.PartyOf(person.Side)})");
        }
        if (exchange.RemainingCapacity(person.Term, person.Side) is <= 0)
        {
            throw Violation(DomainRule.TermQuantity,
                $"side {person.Side} ({exchange.PartyOf(person.Side)}) has already scheduled or released {exchange.QuantityOf(person.Term, person.Side)} under term {person.Term + 1} ({exchange.Formula.Terms[person.Term]})");
        }
        return stage.Id;
    }

    private static void LeaveStage(Exchange exchange, Person person, MovePersons c)
    {
        RequireNamedStage(person, c);
        if (person.Status == PersonStatus.Scheduled)
        {
            RequireOpenStage(exchange, person.StageId!, person, c);
        }
    }

    private static void RequireOpenStage(Exchange exchange, string stageId, Person person, MovePersons c)
    {
        if (exchange.Stages[stageId].Status != StageStatus.Open)
        {
            throw Violation(DomainRule.StageOpen, $"person '{person.Id}' is in stage '{stageId}', which is {exchange.Stages[stageId].Status.ToWord()}, so cannot {c.Name}");
        }
    }

    private static void RequireNamedStage(Person person, MovePersons c)
    {
        if (c.Stage is { } named && named != person.StageId)
        {
            throw Violation(DomainRule.OneStagePerPerson,
                person.StageId is null ? $"person '{person.Id}' is in no stage, not in '{named}'" : $"person '{person.Id}' is in stage '{person.StageId}', not '{named}'");
        }
    }

    private static void Require(Person person, MovePersons c, params PersonStatus[] allowed)
    {
        if (Array.IndexOf(allowed, person.Status) < 0)
        {
            throw Violation(DomainRule.PersonLifecycle,
                $"person '{person.Id}' is {person.Status.ToWord()}; to {c.Name} a person must be {string.Join(" or ", allowed.Select(s => s.ToWord()))}");
        }
    }
}
