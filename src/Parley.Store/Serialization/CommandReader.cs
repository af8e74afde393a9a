using System.Collections.Immutable;
using System.Text.Json;
using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Talks;

namespace Parley.Store.Serialization;

/// <summary>
/// Reads one command from its JSON form (the schema is docs/commands.md), strictly: unknown commands and fields,
/// missing fields and wrong types are errors that name the field.
/// </summary>
public static class CommandReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static Command Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is { } position ? $"column {position + 1}: " : "";
            throw new CommandFormatException($"{column}malformed JSON: {FirstSentence(e.Message)}");
        }
        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    public static Command Parse(JsonElement root)
    {
        var f = JsonFields.Of(root);
        var name = f.String("command");
        Command command = name switch
        {
            "register-party" => new RegisterParty(f.String("code"), f.String("name")),
            "register-mediator" => new RegisterMediator(f.String("id"), f.String("name"), f.OptionalString("representative")),
            "schedule-round" => new ScheduleRound(f.String("id"), f.Int("number"), f.String("venue"), f.String("city"),
                f.String("zone"), f.DateTime("scheduledStart"), f.OptionalString("mediator")),
            "appoint-delegate" => new AppointDelegate(f.String("round"), f.String("party"), f.String("name"),
                Role(f), f.OptionalString("title")),
            "start-round" => new StartRound(f.String("round"), f.OptionalDateTime("at")),
            "conclude-round" => new ConcludeRound(f.String("round"), f.OptionalDateTime("at")),
            "record-statement" => new RecordStatement(f.String("id"), f.String("round"), f.String("speaker"),
                f.OptionalString("party"), f.DateTime("at"), f.String("language"), f.String("quote"), f.Uri("source")),
            "record-agreement" => new RecordAgreement(f.String("id"), f.String("round"), f.String("title"), f.String("text"),
                f.OptionalString("terms"), f.Strings("signatories", required: false)),
            "open-exchange" => new OpenExchange(f.String("id"), f.String("agreement"), f.String("sideA"), f.String("sideB")),
            "list-persons" => new ListPersons(f.String("exchange"), SideOf(f), Entries(f)),
            "amend-person" => new AmendPerson(f.String("exchange"), f.String("person"), Details(f)),
            "plan-stage" => new PlanStage(f.String("exchange"), f.String("stage"), f.Date("date"), f.Int("plannedA"), f.Int("plannedB")),
            "close-stage" => new CloseStage(f.String("exchange"), f.String("stage"), f.OptionalInstant("at")),
            "cancel-stage" => new CancelStage(f.String("exchange"), f.String("stage"), f.OptionalInstant("at")),
            "post-entry" => new PostEntry(f.String("id"), f.String("live"), f.String("markdown"), f.OptionalBool("key"), f.OptionalString("corrects")),
            "register-officer" => new RegisterOfficer(f.String("party"), f.String("officer"), f.String("key")),
            "record-match-candidates" => new RecordMatchCandidates(f.String("exchange"), Candidates(f), f.String("engineVersion")),
            "decide-match" => new DecideMatch(f.String("exchange"), f.String("left"), f.String("right"), Verdict(f), f.String("by"),
                f.String("why"), f.OptionalInstant("at")),
            PublicRecord.SignedSubmissionReader.CommandName => PublicRecord.SignedSubmissionReader.Parse(f),
            _ when Movements.TryGetValue(name, out var movement) => new MovePersons(f.String("exchange"), movement,
                PersonList(f), f.OptionalString("stage"), f.OptionalString("note"), f.OptionalInstant("at")),
            _ => throw new CommandFormatException(
                $"field 'command': '{name}' is not a command; known commands: {string.Join(", ", Names)}", "command"),
        };
        f.RejectUnknown();
        return command;
    }

    public static IReadOnlyList<string> Names { get; } =
    [
        "register-party", "register-mediator", "schedule-round", "appoint-delegate", "start-round", "conclude-round",
        "record-statement", "record-agreement", "open-exchange", "list-persons", "amend-person", "plan-stage",
        "close-stage", "register-officer", "signed-submission", "cancel-stage", "post-entry", "record-match-candidates", "decide-match", .. Enum.GetValues<Movement>().Select(m => new MovePersons("", m, [], null, null).Name),
    ];

    private static readonly Dictionary<string, Movement> Movements =
        Enum.GetValues<Movement>().ToDictionary(m => new MovePersons("", m, [], null, null).Name, StringComparer.Ordinal);

    private static DelegationRole Role(JsonFields f)
    {
        var text = f.String("role");
        return Enum.TryParse<DelegationRole>(text, ignoreCase: true, out var role) && !int.TryParse(text, out _)
            ? role
            : throw new CommandFormatException($"field 'role': expected head, deputy, member or adviser, found '{text}'", "role");
    }

    private static Side SideOf(JsonFields f) => f.String("side") switch
    {
        "A" or "a" => Side.A,
        "B" or "b" => Side.B,
        var other => throw new CommandFormatException($"field 'side': expected A or B, found '{other}'", "side"),
    };

    private static ImmutableList<string> PersonList(JsonFields f)
    {
        if (f.Has("person") && f.Has("persons"))
        {
            throw new CommandFormatException("give either 'person' or 'persons', not both", "persons");
        }
        return f.Has("person") ? [f.String("person")] : f.Strings("persons");
    }

    private static MatchVerdict Verdict(JsonFields f) => f.String("verdict") switch
    {
        "accept" => MatchVerdict.Accept,
        "reject" => MatchVerdict.Reject,
        var other => throw new CommandFormatException($"field 'verdict': expected accept or reject, found '{other}'", "verdict"),
    };

    private static ImmutableList<MatchCandidate> Candidates(JsonFields f)
    {
        if (!f.TryGet("candidates", out var list))
        {
            throw f.Missing("candidates", "a list of candidate pairs");
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw f.WrongType("candidates", "a list of candidate pairs", list);
        }
        var builder = ImmutableList.CreateBuilder<MatchCandidate>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var entry = JsonFields.Of(item, $"candidates[{index}].");
            var decision = entry.String("decision") switch
            {
                "match" => CandidateDecision.Match,
                "review" => CandidateDecision.Review,
                var other => throw new CommandFormatException($"field 'candidates[{index}].decision': expected match or review, found '{other}'", entry.Name("decision")),
            };
            builder.Add(new MatchCandidate(entry.String("left"), entry.String("right"), Score(entry), decision, entry.String("evidence")));
            entry.RejectUnknown();
            index++;
        }
        return builder.ToImmutable();
    }

    private static double Score(JsonFields f)
    {
        if (!f.TryGet("score", out var value))
        {
            throw f.Missing("score", "a number from 0 to 1");
        }
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var score)
            ? score
            : throw f.WrongType("score", "a number from 0 to 1", value);
    }

    private static ImmutableList<RosterEntry> Entries(JsonFields f)
    {
        if (!f.TryGet("persons", out var list))
        {
            throw f.Missing("persons", "a list of roster entries");
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw f.WrongType("persons", "a list of roster entries", list);
        }
        var builder = ImmutableList.CreateBuilder<RosterEntry>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var entry = JsonFields.Of(item, $"persons[{index}].");
            builder.Add(new RosterEntry(entry.String("person"), Details(entry)));
            entry.RejectUnknown();
            index++;
        }
        return builder.ToImmutable();
    }

    private static PersonDetails Details(JsonFields f)
    {
        if (!f.TryGet("names", out var names))
        {
            throw f.Missing("names", "a list of names as written");
        }
        if (names.ValueKind != JsonValueKind.Array)
        {
            throw f.WrongType("names", "a list of names as written", names);
        }
        var builder = ImmutableList.CreateBuilder<PersonName>();
        var index = 0;
        foreach (var item in names.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                builder.Add(new PersonName(item.GetString()!));
            }
            else
            {
                var name = JsonFields.Of(item, f.Name($"names[{index}]."));
                builder.Add(new PersonName(name.String("text"), name.OptionalString("surname"), name.OptionalString("given"), name.OptionalString("patronymic")));
                name.RejectUnknown();
            }
            index++;
        }
        return new PersonDetails(builder.ToImmutable(), f.OptionalDate("dob"), f.Strings("categories", required: false), f.StringMap("identifiers"));
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …"; the column is already said.
        foreach (var tail in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }
        return message.TrimEnd('.', ' ');
    }
}
