using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Formulas;
using Parley.Core.Rules;
using Parley.Core.Talks;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static void RegisterParty(Context context, RegisterParty c)
    {
        var code = Ids.Check(c.Code, "code");
        if (context.State.Parties.ContainsKey(code))
        {
            throw Violation(DomainRule.UniqueId, $"party '{code}' is already registered");
        }
        context.Emit(new PartyRegistered(code, Required(c.PartyName, "name")));
    }

    private static void RegisterMediator(Context context, RegisterMediator c)
    {
        var id = Ids.Check(c.Id, "id");
        if (context.State.Mediators.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"mediator '{id}' is already registered");
        }
        context.Emit(new MediatorRegistered(id, Required(c.MediatorName, "name"), c.Representative?.Trim()));
    }

    private static void ScheduleRound(Context context, ScheduleRound c)
    {
        var id = Ids.Check(c.Id, "id");
        if (context.State.Rounds.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"round '{id}' is already scheduled");
        }
        if (c.Number < 1)
        {
            throw new InvalidFieldException("number", c.Number, "number must be 1 or more");
        }
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(c.Zone ?? "")
            ?? throw new InvalidFieldException("zone", c.Zone, "zone must be an IANA time zone id such as Europe/Istanbul");
        if (c.Mediator is { } mediator && !context.State.Mediators.ContainsKey(mediator))
        {
            throw Violation(DomainRule.KnownReference, $"mediator '{mediator}' is not registered");
        }
        var start = ToInstant(c.ScheduledStart, zone, "scheduledStart");
        context.Emit(new RoundScheduled(id, c.Number, Required(c.Venue, "venue"), Required(c.City, "city"), zone.Id, start, c.Mediator, NotInFuture(context, c.At)));
    }

    private static void AppointDelegate(Context context, AppointDelegate c)
    {
        FindRound(context, c.Round);
        FindParty(context, c.Party);
        context.Emit(new DelegateAppointed(c.Round, c.Party, Required(c.DelegateName, "name"), c.Role, c.Title?.Trim()));
    }

    private static void StartRound(Context context, StartRound c)
    {
        var round = FindRound(context, c.Round);
        if (round.Status != RoundStatus.Scheduled)
        {
            throw Violation(DomainRule.RoundLifecycle, $"round '{round.Id}' is {round.Status}, not scheduled, so it cannot start");
        }
        var at = c.At is { } local ? ToInstant(local, round.Zone, "at") : context.Now;
        context.Emit(new RoundStarted(round.Id, at));
    }

    private static void ConcludeRound(Context context, ConcludeRound c)
    {
        var round = FindRound(context, c.Round);
        if (round.Status != RoundStatus.InSession)
        {
            throw Violation(DomainRule.RoundLifecycle, $"round '{round.Id}' is {round.Status}, not in session, so it cannot conclude");
        }
        var at = c.At is { } local ? ToInstant(local, round.Zone, "at") : context.Now;
        if (at < round.ActualStart)
        {
            throw Violation(DomainRule.RoundLifecycle,
                $"round '{round.Id}' cannot conclude at {round.InVenueZone(at):uuuu-MM-dd HH:mm}, before it started at {round.InVenueZone(round.ActualStart!.Value):uuuu-MM-dd HH:mm}");
        }
        context.Emit(new RoundConcluded(round.Id, at));
    }

    private static void RecordStatement(Context context, RecordStatement c)
    {
        var id = Ids.Check(c.Id, "id");
        if (context.State.Statements.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"statement '{id}' is already recorded");
        }
        var round = FindRound(context, c.Round);
        if (c.Party is { } party)
        {
            FindParty(context, party);
        }
        if (c.Source is null || !c.Source.IsAbsoluteUri || (c.Source.Scheme != Uri.UriSchemeHttps && c.Source.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidFieldException("source", c.Source, "source must be an absolute http or https address");
        }
        var language = Required(c.Language, "language");
        context.Emit(new StatementRecorded(id, round.Id, Required(c.Speaker, "speaker"), c.Party,
            ToInstant(c.At, round.Zone, "at"), language, Required(c.Quote, "quote"), c.Source.ToString()));
    }

    private static void RecordAgreement(Context context, RecordAgreement c)
    {
        var id = Ids.Check(c.Id, "id");
        if (context.State.Agreements.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"agreement '{id}' is already recorded");
        }
        var round = FindRound(context, c.Round);
        string? terms = null;
        if (!string.IsNullOrWhiteSpace(c.Terms))
        {
            try
            {
                terms = ExchangeFormula.Parse(c.Terms).ToString();
            }
            catch (FormulaSyntaxException e)
            {
                throw new InvalidFieldException("terms", c.Terms, e.Message);
            }
        }
        context.Emit(new AgreementReached(id, round.Id, Required(c.Title, "title"), Required(c.Text, "text"), terms,
            c.Signatories ?? []));
    }

    private static Round FindRound(Context context, string? id) =>
        context.State.Rounds.GetValueOrDefault(id ?? "")
        ?? throw Violation(DomainRule.KnownReference, $"round '{id}' is not scheduled");

    private static Party FindParty(Context context, string? code) =>
        context.State.Parties.GetValueOrDefault(code ?? "")
        ?? throw Violation(DomainRule.KnownReference, $"party '{code}' is not registered");

    /// <summary>A time as the people in the room read it, in the venue's zone; a skipped or doubled local time is refused.</summary>
    private static Instant ToInstant(LocalDateTime local, DateTimeZone zone, string field)
    {
        try
        {
            return local.InZoneStrictly(zone).ToInstant();
        }
        catch (Exception e) when (e is SkippedTimeException or AmbiguousTimeException)
        {
            throw new InvalidFieldException(field, local, $"{field} does not name one instant in {zone.Id} ({e.Message})");
        }
    }
}
