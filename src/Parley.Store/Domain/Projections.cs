using System.Text.Json;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.State;
using Parley.Core.Wire;

namespace Parley.Store.Domain;

/// <summary>
/// The read model: one JSON document per thing (kind, key) in the projections table, rendered from the folded state.
/// The same code writes them incrementally (only what a batch touched) and on rebuild (everything), so the two
/// agree byte for byte. Personal data is not projected: it stays only in the private parts of the log (and in the
/// writer's in-memory state), so there is one place to protect and nothing to keep in step.
/// </summary>
public static class Projections
{
    public const string Party = "party";
    public const string Mediator = "mediator";
    public const string Round = "round";
    public const string Statement = "statement";
    public const string Agreement = "agreement";
    public const string Exchange = "exchange";
    public const string Person = "person";

    public static string PersonKey(string exchange, string person) => exchange + "/" + person;

    /// <summary>
    /// The shape of the documents this build writes, kept as a document of its own: 2 since exchanges have request and
    /// offer lists per direction. A database whose documents have another shape is rebuilt from its log when opened.
    /// </summary>
    public const int Format = 2;

    private const string Meta = "meta";
    private const string FormatKey = "format";

    /// <summary>Whether the stored documents have this build's shape.</summary>
    public static bool AreCurrent(IEventLog log) =>
        log.ReadProjection(Meta, FormatKey) is { } body && System.Text.Encoding.UTF8.GetString(body) == Format.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Records the shape of the documents (inside the rebuild's transaction).</summary>
    public static void WriteFormat(IProjectionWriter writer) =>
        writer.UpsertProjection(Meta, FormatKey, System.Text.Encoding.UTF8.GetBytes(Format.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The documents an event changes.</summary>
    public static void Touched(DomainEvent e, ISet<(string Kind, string Key)> keys)
    {
        switch (e)
        {
            case PartyRegistered p: keys.Add((Party, p.Code)); break;
            case MediatorRegistered m: keys.Add((Mediator, m.Id)); break;
            case RoundScheduled r: keys.Add((Round, r.Id)); break;
            case DelegateAppointed d: keys.Add((Round, d.Round)); break;
            case RoundStarted s: keys.Add((Round, s.Round)); break;
            case RoundConcluded c: keys.Add((Round, c.Round)); break;
            case StatementRecorded s: keys.Add((Statement, s.Id)); break;
            case AgreementReached a: keys.Add((Agreement, a.Id)); break;
            // Candidates, decisions and interviews are read from the state; the moves they cause are events of their own.
            case MatchCandidatesRecorded or MatchDecided or MatchConfirmed or InterviewRecorded: break;
            case IExchangeEvent x:
                keys.Add((Exchange, x.Exchange));
                if (PersonOf(e) is { } person)
                {
                    keys.Add((Person, PersonKey(x.Exchange, person)));
                }
                break;
            case EntryPosted or RecordCorrected: break; // the live broadcast reads entries from the state, not from a projection
            case OfficerRegistered or OfficerKeyRevoked or OfficerKeyRotated or SubmissionSigned or PartyKeyRegistered: break; // the public record's own events: read from the log, not projected
            case ReceiptIssued or ReceiptRevoked: break; // family receipts: read from the state (the decider) and the family journal, never a public figure
            default:
                throw new ArgumentException($"no projection knows the event type '{e.Type}'", nameof(e));
        }
    }

    /// <summary>The list entry (offered person or request) an exchange event is about, if any.</summary>
    private static string? PersonOf(DomainEvent e) => e switch
    {
        PersonListed p => p.Person,
        PersonAmended p => p.Person,
        PersonMoved p => p.Person,
        RequestListed r => r.Request,
        RequestAmended r => r.Request,
        RequestMoved r => r.Request,
        _ => null,
    };

    /// <summary>Writes the documents for <paramref name="keys"/> as <paramref name="state"/> has them.</summary>
    public static void Write(ParleyState state, IEnumerable<(string Kind, string Key)> keys, IProjectionWriter writer)
    {
        foreach (var (kind, key) in keys)
        {
            var body = Render(state, kind, key);
            if (body is null)
            {
                writer.DeleteProjection(kind, key);
            }
            else
            {
                writer.UpsertProjection(kind, key, body);
            }
        }
    }

    /// <summary>Every document the state implies, for a rebuild.</summary>
    public static IEnumerable<(string Kind, string Key)> AllKeys(ParleyState state)
    {
        foreach (var key in state.Parties.Keys) yield return (Party, key);
        foreach (var key in state.Mediators.Keys) yield return (Mediator, key);
        foreach (var key in state.Rounds.Keys) yield return (Round, key);
        foreach (var key in state.Statements.Keys) yield return (Statement, key);
        foreach (var key in state.Agreements.Keys) yield return (Agreement, key);
        foreach (var exchange in state.Exchanges.Values)
        {
            yield return (Exchange, exchange.Id);
            foreach (var person in exchange.Persons.Keys.Concat(exchange.Requests.Keys))
            {
                yield return (Person, PersonKey(exchange.Id, person));
            }
        }
    }

    private static byte[]? Render(ParleyState state, string kind, string key) => kind switch
    {
        Party => Json(state.Parties.GetValueOrDefault(key)),
        Mediator => Json(state.Mediators.GetValueOrDefault(key)),
        Round => Json(state.Rounds.GetValueOrDefault(key) is { } r ? RoundDocument.Of(r) : null),
        Statement => Json(state.Statements.GetValueOrDefault(key)),
        Agreement => Json(state.Agreements.GetValueOrDefault(key) is { } a ? AgreementDocument.Of(a) : null),
        Exchange => Json(state.Exchanges.GetValueOrDefault(key) is { } x ? ExchangeSummary.Of(x) : null),
        Person => Json(FindEntry(state, key)),
        _ => throw new ArgumentException($"unknown projection kind '{kind}'", nameof(kind)),
    };

    /// <summary>The document of a list entry: an offered person, or a request.</summary>
    private static PersonDocument? FindEntry(ParleyState state, string key)
    {
        var slash = key.IndexOf('/');
        var exchange = state.Exchanges.GetValueOrDefault(key[..slash]);
        var id = key[(slash + 1)..];
        return exchange?.Persons.GetValueOrDefault(id) is { } p ? PersonDocument.Of(exchange.Id, p)
            : exchange?.Requests.GetValueOrDefault(id) is { } r ? PersonDocument.Of(exchange.Id, r)
            : null;
    }

    private static byte[]? Json<T>(T? value) where T : class =>
        value is null ? null : JsonSerializer.SerializeToUtf8Bytes(value, ParleyJson.Options);

    public static T Read<T>(byte[] body) =>
        JsonSerializer.Deserialize<T>(body, ParleyJson.Options) ?? throw new JsonException($"empty {typeof(T).Name} document");
}
