using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;
using Parley.Core.State;

namespace Parley.Core.Decisions;

/// <summary>
/// Decides a command against a state: either the events it produces (folded into the state they lead to) or a
/// <see cref="RuleViolationException"/> / <see cref="InvalidFieldException"/> and no change at all. Pure: the clock
/// comes in as <c>now</c>.
/// </summary>
public static partial class Decider
{
    public static Decision Decide(ParleyState state, Command command, Instant now)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(command);
        var context = new Context(state, now);
        switch (command)
        {
            case RegisterParty c: RegisterParty(context, c); break;
            case RegisterMediator c: RegisterMediator(context, c); break;
            case ScheduleRound c: ScheduleRound(context, c); break;
            case AppointDelegate c: AppointDelegate(context, c); break;
            case StartRound c: StartRound(context, c); break;
            case ConcludeRound c: ConcludeRound(context, c); break;
            case RecordStatement c: RecordStatement(context, c); break;
            case RecordAgreement c: RecordAgreement(context, c); break;
            case OpenExchange c: OpenExchange(context, c); break;
            case ListPersons c: ListPersons(context, c); break;
            case AmendPerson c: AmendPerson(context, c); break;
            case PlanStage c: PlanStage(context, c); break;
            case CloseStage c: CloseStage(context, c); break;
            case CancelStage c: CancelStage(context, c); break;
            case MovePersons c: MovePersons(context, c); break;
            case RegisterOfficer c: RegisterOfficer(context, c); break;
            case SubmitSigned c: SubmitSigned(context, c); break;
            case PostEntry c: PostEntry(context, c); break;
            case RecordMatchCandidates c: RecordMatchCandidates(context, c); break;
            case DecideMatch c: DecideMatch(context, c); break;
            default: throw new ArgumentException($"The decider does not know the command '{command.Name}'.", nameof(command));
        }
        return new Decision(context.Events.ToImmutable(), context.State);
    }

    /// <summary>The state as the command's own events so far leave it, so later parts of a command see earlier ones.</summary>
    private sealed class Context(ParleyState state, Instant now)
    {
        public ParleyState State { get; private set; } = state;

        public Instant Now { get; } = now;

        public ImmutableList<DomainEvent>.Builder Events { get; } = ImmutableList.CreateBuilder<DomainEvent>();

        public void Emit(DomainEvent e)
        {
            State = State.Apply(e);
            Events.Add(e);
        }
    }

    private static RuleViolationException Violation(DomainRule rule, string detail) => new(rule, detail);

    /// <summary>When something happened: as recorded by the command, or now; never in the future.</summary>
    private static Instant When(Context context, Instant? at)
    {
        if (at is { } given && given > context.Now)
        {
            throw new InvalidFieldException("at", given, "at must not be in the future");
        }
        return at ?? context.Now;
    }

    private static string Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidFieldException(field, null, $"{field} is required and must not be empty");
        }
        return value.Trim();
    }
}
