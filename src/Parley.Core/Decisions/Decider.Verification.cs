using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

// Verification is the neutral verifier's act: identity confirmed and consent to return recorded.
public static partial class Decider
{
    private static void RecordInterview(Context context, RecordInterview c)
    {
        var exchangeId = FindExchange(context, c.Exchange).Id;
        RequirePersons(c.Persons);
        if (!Enum.IsDefined(c.Outcome))
        {
            throw new InvalidFieldException("outcome", c.Outcome, "an outcome is confirmed, declined or not-interviewed");
        }
        var note = OptionalNote(c.Note);
        var at = When(context, c.At);
        foreach (var personId in c.Persons)
        {
            var exchange = context.State.Exchanges[exchangeId];
            var person = FindPerson(exchange, personId);
            var allowed = c.Outcome == InterviewOutcome.Confirmed
                ? [PersonStatus.Matched]
                : new[] { PersonStatus.Matched, PersonStatus.Verified, PersonStatus.Scheduled };
            if (Array.IndexOf(allowed, person.Status) < 0)
            {
                throw Violation(DomainRule.PersonLifecycle,
                    $"person '{person.Id}' is {person.Status.ToWord()}; an interview {(c.Outcome == InterviewOutcome.Confirmed ? "confirms" : "is recorded for")} a person who is {string.Join(" or ", allowed.Select(s => s.ToWord()))}");
            }
            if (person.Status == PersonStatus.Scheduled && c.Outcome == InterviewOutcome.Declined
                && exchange.Stages[person.StageId!].Status != StageStatus.Open)
            {
                throw Violation(DomainRule.StageOpen, $"person '{person.Id}' is in stage '{person.StageId}', which is {exchange.Stages[person.StageId!].Status.ToWord()}");
            }
            context.Emit(new InterviewRecorded(exchange.Id, person.Id, c.Outcome, at, note));
            switch (c.Outcome)
            {
                case InterviewOutcome.Confirmed:
                    context.Emit(new PersonMoved(exchange.Id, person.Id, PersonStatus.Verified, null, at, null));
                    break;
                case InterviewOutcome.Declined:
                    context.Emit(new PersonMoved(exchange.Id, person.Id, PersonStatus.Declined, person.StageId, at, null));
                    break;
            }
        }
        NoteFulfilment(context, exchangeId, at);
    }
}
