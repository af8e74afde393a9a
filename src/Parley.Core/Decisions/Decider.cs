using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Core.Wire;

namespace Parley.Core.Decisions;

/// <summary>
/// Decides a command from an actor against a state: either the events it produces (each naming the actor, folded into
/// the state they lead to) or a <see cref="RuleViolationException"/>, <see cref="NotPermittedException"/> or
/// <see cref="InvalidFieldException"/> and no change at all. Who may issue what is decided here, against the same state,
/// so it holds whichever way a command arrives. Pure: the clock comes in as <c>now</c>.
/// </summary>
public static partial class Decider
{
    /// <summary>Decides a command issued on the database itself (<see cref="Actor.CommandLine"/>).</summary>
    public static Decision Decide(ParleyState state, Command command, Instant now) => Decide(state, command, Actor.CommandLine, now);

    public static Decision Decide(ParleyState state, Command command, Actor actor, Instant now)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(command);
        Preconditions.CheckNotNull(actor);
        var context = new Context(state, actor, now);
        RequireRole(context, command);
        CommandTexts.Check(command);
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
            case SubmitList c: SubmitList(context, c); break;
            case ListPersons c: ListPersons(context, c); break;
            case AmendPerson c: AmendPerson(context, c); break;
            case CarryRequests c: CarryRequests(context, c); break;
            case EraseExchange c: EraseExchange(context, c); break;
            case PlanStage c: PlanStage(context, c); break;
            case CloseStage c: CloseStage(context, c); break;
            case CancelStage c: CancelStage(context, c); break;
            case MovePersons c: MovePersons(context, c); break;
            case RegisterOfficer c: RegisterOfficer(context, c); break;
            case RegisterPartyKey c: RegisterPartyKey(context, c); break;
            case RevokeOfficerKey c: RevokeOfficerKey(context, c); break;
            case RotateOfficerKey c: RotateOfficerKey(context, c); break;
            case SubmitSigned c: SubmitSigned(context, c); break;
            case PostEntry c: PostEntry(context, c); break;
            case RecordClaim c: RecordClaim(context, c); break;
            case CorrectRecord c: CorrectRecord(context, c); break;
            case RecordMatchCandidates c: RecordMatchCandidates(context, c); break;
            case DecideMatch c: DecideMatch(context, c); break;
            case DecideReviewItem c: DecideReviewItem(context, c); break;
            case ConfirmMatch c: ConfirmMatch(context, c); break;
            case RecordInterview c: RecordInterview(context, c); break;
            case IssueReceipt c: IssueReceipt(context, c); break;
            case RevokeReceipt c: RevokeReceipt(context, c); break;
            default: throw new ArgumentException($"The decider does not know the command '{command.Name}'.", nameof(command));
        }
        return new Decision(context.Events.ToImmutable(), context.State);
    }

    /// <summary>The state as the command's own events so far leave it, so later parts of a command see earlier ones.</summary>
    private sealed class Context(ParleyState state, Actor actor, Instant now)
    {
        public ParleyState State { get; private set; } = state;

        public Actor Actor { get; } = actor;

        public Instant Now { get; } = now;

        public ImmutableList<DomainEvent>.Builder Events { get; } = ImmutableList.CreateBuilder<DomainEvent>();

        public void Emit(DomainEvent e)
        {
            var attributed = e.Actor is null ? e with { Actor = Actor } : e;
            State = State.Apply(attributed);
            Events.Add(attributed);
        }
    }

    /// <summary>When something recorded after the fact happened: never later than now (null: now, the time it is logged).</summary>
    private static Instant? NotInFuture(Context context, Instant? at) =>
        at is { } instant && instant > context.Now
            ? throw new InvalidFieldException("at", instant, "at must not be in the future: it says when this happened")
            : at;

    private static RuleViolationException Violation(DomainRule rule, string detail) => new(rule, detail);

    private static NotPermittedException NotPermitted(Context context, Command command, string detail) =>
        new(context.Actor, command.Name, detail);

    /// <summary>The coarse check, from the command type's <see cref="IssuedByAttribute"/>; party scope is checked per command.</summary>
    private static void RequireRole(Context context, Command command)
    {
        var role = context.Actor.Role;
        if (role == ActorRole.Operator)
        {
            return;
        }
        var issuedBy = WireTypes.Commands.GetValueOrDefault(command.Name)?.IssuedBy ?? ActorRole.None;
        if ((issuedBy & role) == 0)
        {
            throw NotPermitted(context, command, $"{context.Actor} may not issue '{command.Name}'; it is for {RoleNames(issuedBy)}");
        }
    }

    /// <summary>Refuses a party officer acting for another party; anyone else passes (their role was checked already).</summary>
    private static void RequireParty(Context context, Command command, string party, string what)
    {
        if (context.Actor.Role == ActorRole.Party && context.Actor.Party != party)
        {
            throw NotPermitted(context, command, $"party {context.Actor.Party} may not act on {what}, which is {party}'s");
        }
    }

    /// <summary>Only the listed roles (and the operator) may do this particular thing.</summary>
    private static void RequireRoles(Context context, Command command, ActorRole roles, string what)
    {
        if (context.Actor.Role != ActorRole.Operator && (roles & context.Actor.Role) == 0)
        {
            throw NotPermitted(context, command, $"{context.Actor} may not {what}; that is for {RoleNames(roles)}");
        }
    }

    private static string RoleNames(ActorRole roles)
    {
        var names = Enum.GetValues<ActorRole>()
            .Where(r => r is not (ActorRole.None or ActorRole.Operator) && roles.HasFlag(r))
            .Select(r => r == ActorRole.Party ? "a party's officer" : "the " + r.ToString().ToLowerInvariant())
            .ToList();
        return names.Count switch
        {
            0 => "the operator",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " or " + names[^1],
        };
    }

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

    /// <summary>A command about people names at least one; the names themselves are checked one by one by the caller.</summary>
    private static void RequirePersons<T>([NotNull] IReadOnlyCollection<T>? persons)
    {
        if (persons is null || persons.Count == 0)
        {
            throw new InvalidFieldException("persons", null, "persons must name at least one person");
        }
    }

    /// <summary>A free-text note kept private (never in the public record); blank means none.</summary>
    private static PrivateNote? OptionalNote(string? text) => string.IsNullOrWhiteSpace(text) ? null : new PrivateNote(text.Trim());
}
