using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Formulas;
using Parley.Core.Talks;

namespace Parley.Core.State;

// The fold: how each event changes the state. It trusts the event (the decider checked the rules), so replaying
// the log never rejects anything and rebuild always reaches the state the log describes.
public sealed partial record ParleyState
{
    public ParleyState Apply(IEnumerable<DomainEvent> events)
    {
        var state = this;
        foreach (var e in events)
        {
            state = state.Apply(e);
        }
        return state;
    }

    public ParleyState Apply(DomainEvent e)
    {
        var next = e switch
        {
            PartyRegistered p => this with { Parties = Parties.Add(p.Code, new Party(p.Code, p.Name)) },
            MediatorRegistered m => this with { Mediators = Mediators.Add(m.Id, new Mediator(m.Id, m.Name, m.Representative)) },
            RoundScheduled r => this with
            {
                Rounds = Rounds.Add(r.Id, new Round(r.Id, r.Number, r.Venue, r.City, DateTimeZoneProviders.Tzdb[r.Zone],
                    r.ScheduledStart, r.Mediator, RoundStatus.Scheduled, null, null,
                    ImmutableDictionary<string, ImmutableList<DelegationMember>>.Empty)),
            },
            DelegateAppointed d => WithRound(d.Round, round => round with
            {
                Delegations = round.Delegations.SetItem(d.Party,
                    round.Delegations.GetValueOrDefault(d.Party, []).Add(new DelegationMember(d.Name, d.Role, d.Title))),
            }),
            RoundStarted s => WithRound(s.Round, round => round with { Status = RoundStatus.InSession, ActualStart = s.At }),
            RoundConcluded c => WithRound(c.Round, round => round with { Status = RoundStatus.Concluded, End = c.At }),
            StatementRecorded s => this with
            {
                Statements = Statements.Add(s.Id, new Statement(s.Id, s.Round, s.Speaker, s.Party, s.At, s.Language, s.Quote,
                    s.Sources ?? [new StatementSource(new Uri(s.Source), new Uri(s.Source).Host)], s.Translations ?? [])),
            },
            AgreementReached a => this with
            {
                Agreements = Agreements.Add(a.Id, new Agreement(a.Id, a.Round, a.Title, a.Text,
                    a.Terms is null ? null : ExchangeFormula.Parse(a.Terms), a.Signatories)),
            },
            ExchangeOpened o => this with
            {
                Exchanges = Exchanges.Add(o.Exchange, Exchange.Open(o.Exchange, o.Agreement, o.SideA, o.SideB,
                    Agreements[o.Agreement].Terms!)),
            },
            StagePlanned s => WithExchange(s.Exchange, x => x with
            {
                Stages = x.Stages.Add(s.Stage, new Stage(s.Stage, s.Number, s.Date, s.PlannedA, s.PlannedB, StageStatus.Open, null)),
            }),
            StageClosed c => WithExchange(c.Exchange, x => x with
            {
                Stages = x.Stages.SetItem(c.Stage, x.Stages[c.Stage] with { Status = StageStatus.Closed, ClosedAt = c.At }),
            }),
            StageCancelled c => WithExchange(c.Exchange, x => x with
            {
                Stages = x.Stages.SetItem(c.Stage, x.Stages[c.Stage] with { Status = StageStatus.Cancelled, ClosedAt = c.At }),
            }),
            ExchangeFulfilled f => WithExchange(f.Exchange, x => x with { Fulfilled = true, FulfilledAt = f.At }),
            ExchangeErased x => WithExchange(x.Exchange, exchange => exchange.WithoutPersonalData(
                new ExchangeErasure(x.At, x.Actor, x.People, x.Forced, x.Reason))),
            PersonListed p => WithExchange(p.Exchange, x => x with
            {
                Persons = x.Persons.Add(p.Person, new Person(p.Person, p.Side, p.Term, PersonStatus.Offered, null, p.Details)),
                Tally = x.Tally.Move(p.Side, p.Term, null, null, null, PersonStatus.Offered),
            }).WithDetailsChanged(p.Exchange, p.Person, Version + 1),
            PersonAmended p => WithExchange(p.Exchange, x =>
            {
                var person = x.Persons[p.Person];
                return x with
                {
                    Persons = x.Persons.SetItem(p.Person, person with { Term = p.Term, Details = p.Details }),
                    Tally = x.Tally.Move(person.Side, person.Term, person.StageId, person.Status, null, null)
                        .Move(person.Side, p.Term, null, null, person.StageId, person.Status),
                };
            }).WithDetailsChanged(p.Exchange, p.Person, Version + 1),
            RequestListed r => WithExchange(r.Exchange, x => x with
            {
                Requests = x.Requests.Add(r.Request, new Request(r.Request, r.Side, r.Term, RequestStatus.Requested, r.Details)),
                RequestTally = x.RequestTally.Move(r.Side, null, RequestStatus.Requested),
            }).WithDetailsChanged(r.Exchange, r.Request, Version + 1),
            RequestAmended r => WithExchange(r.Exchange, x => x with
            {
                Requests = x.Requests.SetItem(r.Request, x.Requests[r.Request] with { Term = r.Term, Details = r.Details }),
            }).WithDetailsChanged(r.Exchange, r.Request, Version + 1),
            RequestMoved r => WithExchange(r.Exchange, x =>
            {
                var request = x.Requests[r.Request];
                return x with
                {
                    Requests = x.Requests.SetItem(r.Request, request with { Status = r.To }),
                    RequestTally = x.RequestTally.Move(request.Side, request.Status, r.To),
                };
            }),
            InterviewRecorded => this, // the move that follows a confirmed or declined outcome changes the state
            PersonMoved m => WithExchange(m.Exchange, x =>
            {
                var person = x.Persons[m.Person];
                // A person who declines after being scheduled is counted against the stage they left (their right).
                var stages = m.To == PersonStatus.Declined && person.StageId is { } left
                    ? x.Stages.SetItem(left, x.Stages[left].WithDecline(person.Side))
                    : x.Stages;
                // The stage a person stands in: kept through release and receipt, dropped when taken out of it.
                var stage = m.To switch
                {
                    PersonStatus.Scheduled or PersonStatus.Released or PersonStatus.Received or PersonStatus.Disputed => m.Stage ?? person.StageId,
                    _ => null,
                };
                return x with
                {
                    Stages = stages,
                    Persons = x.Persons.SetItem(m.Person, person with { Status = m.To, StageId = stage }),
                    Tally = x.Tally.Move(person.Side, person.Term, person.StageId, person.Status, stage, m.To),
                };
            }),
            MatchCandidatesRecorded m => WithCandidates(m, Version + 1),
            MatchDecided d => WithMatchDecision(d, Version + 1),
            MatchConfirmed m => WithMatchConfirmation(m, Version + 1),
            EntryPosted p => WithEntry(p),
            ClaimRecorded c => WithClaim(c),
            RecordCorrected c => WithCorrection(c),
            OfficerRegistered o => WithOfficer(o),
            PartyKeyRegistered k => WithPartyKey(k),
            OfficerKeyRevoked r => WithOfficerRevoked(r),
            OfficerKeyRotated r => WithOfficerRotated(r),
            SubmissionSigned s => WithSubmission(s),
            ReceiptIssued r => WithReceipt(r),
            ReceiptRevoked r => WithReceiptRevoked(r),
            _ => throw new ArgumentException($"The fold does not know the event type '{e.Type}'.", nameof(e)),
        };
        return next with { Version = Version + 1 };
    }

    private ParleyState WithRound(string id, Func<Round, Round> change) =>
        this with { Rounds = Rounds.SetItem(id, change(Rounds[id])) };

    private ParleyState WithExchange(string id, Func<Exchange, Exchange> change) =>
        this with { Exchanges = Exchanges.SetItem(id, change(Exchanges[id])) };
}
