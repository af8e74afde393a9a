using System.Collections.Immutable;
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
        var language = LanguageTag(c.Language, "language");
        var sources = StatementSources(context, c);
        var translations = ImmutableList.CreateBuilder<Translation>();
        for (var i = 0; i < (c.Translations?.Count ?? 0); i++)
        {
            var translation = c.Translations![i];
            var into = LanguageTag(translation?.Language, $"translations[{i}].language");
            if (into == language)
            {
                throw new InvalidFieldException($"translations[{i}].language", into,
                    $"a translation is into another language than the one the statement was said in ('{language}'): the quote itself is the original");
            }
            if (translations.Any(t => t.Language == into))
            {
                throw new InvalidFieldException($"translations[{i}].language", into, $"the statement already has a translation into '{into}'");
            }
            translations.Add(new Translation(into, Required(translation!.Quote, $"translations[{i}].quote")));
        }
        var quote = string.IsNullOrWhiteSpace(c.Quote) && translations.Count > 0 ? null : Required(c.Quote, "quote");
        context.Emit(new StatementRecorded(id, round.Id, Required(c.Speaker, "speaker"), c.Party,
            ToInstant(c.At, round.Zone, "at"), language, quote, sources[0].Url.ToString(),
            c.Sources is null ? null : sources, translations.Count == 0 ? null : translations.ToImmutable()));
    }

    /// <summary>The statement's sources: <c>sources</c>, or the one address in <c>source</c> (its host as the outlet); at least one.</summary>
    private static ImmutableList<StatementSource> StatementSources(Context context, RecordStatement c)
    {
        if (c.Source is not null && c.Sources is not null)
        {
            throw new InvalidFieldException("source", c.Source, "give either 'source' (one address) or 'sources', not both");
        }
        if (c.Source is { } single)
        {
            return [new StatementSource(HttpAddress(single, "source"), single.Host)];
        }
        if (c.Sources is not { Count: > 0 } given)
        {
            throw new InvalidFieldException("sources", null, "a statement needs at least one source: where it was reported (url, outlet, when seen)");
        }
        var sources = ImmutableList.CreateBuilder<StatementSource>();
        for (var i = 0; i < given.Count; i++)
        {
            var source = given[i] ?? throw new InvalidFieldException($"sources[{i}]", null, "a source must be an object with url and outlet");
            var seen = source.Seen is { } instant && instant > context.Now
                ? throw new InvalidFieldException($"sources[{i}].seen", instant, "seen must not be in the future: it says when the report was seen")
                : source.Seen;
            sources.Add(new StatementSource(HttpAddress(source.Url, $"sources[{i}].url"), Required(source.Outlet, $"sources[{i}].outlet"), seen));
        }
        return sources.ToImmutable();
    }

    private static Uri HttpAddress(Uri? address, string field) =>
        address is null || !address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
            ? throw new InvalidFieldException(field, address, $"{field} must be an absolute http or https address")
            : address;

    /// <summary>A language as a BCP 47 primary tag of two or three lowercase letters ("ru", "uk", "tr").</summary>
    private static string LanguageTag(string? tag, string field)
    {
        var language = Required(tag, field);
        if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower))
        {
            throw new InvalidFieldException(field, language, $"{field} must be a language code of two or three lowercase letters, such as ru, uk or en");
        }
        return language;
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
