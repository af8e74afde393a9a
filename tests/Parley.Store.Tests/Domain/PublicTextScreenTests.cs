using System.Collections.Immutable;
using NodaTime;
using Parley.Core;
using Parley.Core.Claims;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Talks;
using Parley.Store.Domain;
using Xunit;

namespace Parley.Store.Tests.Domain;

/// <summary>
/// Issue 13, no names in public text: a roster of synthetic marker names, then the name (in another script or form) or
/// the date of birth of one of them through every command that carries public text — each is refused, naming the field,
/// and changes nothing; a press officer's explicit confirmation publishes it and is kept in the event.
/// </summary>
public sealed class PublicTextScreenTests : IDisposable
{
    private static readonly Instant Past = Instant.FromUtc(2025, 5, 20, 12, 0);
    private readonly TempFolder _temp = new();

    /// <summary>Each public text path with a marker name or birth date in it, and the field the refusal must name.</summary>
    public static TheoryData<string, string> Paths() => new()
    {
        { "post-entry", "markdown" },
        { "post-entry (byline)", "byline" },
        { "post-entry (id)", "id" },
        { "post-entry (birth date)", "markdown" },
        { "record-claim", "claimant" },
        { "record-statement", "speaker" },
        { "record-statement (quote)", "quote" },
        { "correct-record", "note" },
        { "record-agreement", "text" },
        { "appoint-delegate", "name" },
        { "register-party", "name" },
        { "register-mediator", "representative" },
        { "schedule-round", "venue" },
        { "open-exchange", "id" },
        { "plan-stage", "stage" },
        { "list-persons", "persons[0].person" },
        { "revoke-officer-key", "reason" },
        { "erase-exchange", "reason" },
    };

    private static Command Carrying(string path) => path switch
    {
        "post-entry" => new PostEntry("e1", "x", "Today Vsevolod Markerchuk came home."),
        "post-entry (byline)" => new PostEntry("e1", "x", "Today 390 came home.", Byline: "Всеволод Маркерчук"),
        "post-entry (id)" => new PostEntry("markerchuk-vsevolod", "x", "Today 390 came home."),
        "post-entry (birth date)" => new PostEntry("e1", "x", "One of them, born 09.03.1971, is ill."),
        "record-claim" => new RecordClaim("c1", "x", "Wsewolod Markertschuk", "RU", ClaimFigure.Released, 1, new Uri("https://example.org/"), Past),
        "record-statement" => new RecordStatement("st1", "r1", "Маркерчука Всеволода", null, new LocalDateTime(2025, 5, 16, 15, 0), "uk", "Talks go on."),
        "record-statement (quote)" => new RecordStatement("st1", "r1", "A spokesperson", null, new LocalDateTime(2025, 5, 16, 15, 0), "ru", "Всеволод Иванович Маркерчук вернётся домой."),
        "correct-record" => new CorrectRecord("k1", RecordKind.Agreement, "a1", "The title named Markerchuk Vsevolod."),
        "record-agreement" => new RecordAgreement("a2", "r1", "Another", "Including Vsevolod Markerchuk.", "1 for 1"),
        "appoint-delegate" => new AppointDelegate("r1", "UA", "Vsevolod Markerchuk", DelegationRole.Member),
        "register-party" => new RegisterParty("MK", "Markerchuk Vsevolod"),
        "register-mediator" => new RegisterMediator("UN", "United Nations", "Всеволод Маркерчук"),
        "schedule-round" => new ScheduleRound("r2", 2, "Markerchuk Vsevolod Hall", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 6, 2, 13, 0)),
        "open-exchange" => new OpenExchange("vsevolod-markerchuk", "a1", "RU", "UA"),
        "plan-stage" => new PlanStage("x", "markerchuk.vsevolod", new LocalDate(2025, 6, 1), 1, 1),
        "list-persons" => new ListPersons("x", Side.A, [RosterEntry.Of("vsevolod-markerchuk-2", Marker("Другий Тест"))]),
        "revoke-officer-key" => new RevokeOfficerKey("ru.officer", "Markerchuk Vsevolod asked for it"),
        "erase-exchange" => new EraseExchange("x", Force: true, Reason: "Vsevolod Markerchuk asked for it"),
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "no such path"),
    };

    private static PersonDetails Marker(string name) =>
        new([new PersonName(name)], new LocalDate(1971, 3, 9), ["military"], ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>A store whose lists hold the marker roster, in Ukrainian Cyrillic with its parts given.</summary>
    private ParleyStore Open()
    {
        var store = ParleyStore.Open(_temp.File("parley.db"), OpenMode.CreateIfMissing);
        var roster = new PersonDetails(
            [new PersonName("Маркерчук Всеволод Іванович", "Маркерчук", "Всеволод", "Іванович")],
            new LocalDate(1971, 3, 9), ["military"], ImmutableSortedDictionary<string, string>.Empty);
        Assert.All(store.Execute(
        [
            new RegisterParty("RU", "Russian Federation"),
            new RegisterParty("UA", "Ukraine"),
            new ScheduleRound("r1", 1, "Dolmabahçe Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 5, 16, 13, 30)),
            new RecordAgreement("a1", "r1", "Exchange", "An exchange.", "1000 for 1000", ["RU", "UA"]),
            new OpenExchange("x", "a1", "RU", "UA"),
            new RegisterOfficer("RU", "ru.officer", "ru.officer+00000001+AAAA"),
            new ListPersons("x", Side.A, [RosterEntry.Of("p-000001", roster)]),
        ]), o => Assert.True(o.Accepted, o.Reason));
        return store;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void a_marker_name_or_birth_date_in_any_public_text_is_refused_naming_the_field_and_changes_nothing(string path, string field)
    {
        using var store = Open();
        var before = store.Log.LastSequence;

        var outcome = store.Execute(Carrying(path));

        Assert.False(outcome.Accepted, $"{path} was accepted");
        var refusal = Assert.IsType<InvalidFieldException>(outcome.Rejection);
        Assert.Equal(field, refusal.Field);
        Assert.DoesNotContain("Маркерчук", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Markerchuk", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, store.Log.LastSequence);
    }

    [Fact]
    public void the_same_texts_without_the_marker_are_accepted()
    {
        using var store = Open();

        Assert.True(store.Execute(new PostEntry("e1", "x", "Today Vsevolod Petrenko and Ivan Markerchenko came home, born 09.03.1972.")).Accepted);
        Assert.True(store.Execute(new RecordClaim("c1", "x", "A ministry", "RU", ClaimFigure.Released, 1, new Uri("https://example.org/"), Past)).Accepted);
    }

    [Fact]
    public void a_press_officers_confirmation_publishes_the_entry_and_is_recorded_in_the_event()
    {
        using var store = Open();

        var outcome = store.Execute(new PostEntry("e1", "x", "Vsevolod Markerchuk came home.", NamesConfirmed: true));

        Assert.True(outcome.Accepted, outcome.Reason);
        var posted = System.Text.Encoding.UTF8.GetString(store.Log.Read(outcome.LastSequence).Single().Public);
        Assert.Contains("\"namesConfirmed\":true", posted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AB123456")]
    [InlineData("ua-12345678")]
    [InlineData("mykola-shevchenko")]
    public void a_person_id_that_looks_like_a_passport_or_service_number_or_a_name_is_refused(string id)
    {
        using var store = Open();

        var outcome = store.Execute(new ListPersons("x", Side.B, [RosterEntry.Of(id, Marker("Синтетичний Тест"))]));

        var refusal = Assert.IsType<InvalidFieldException>(outcome.Rejection);
        Assert.Equal("persons[0].person", refusal.Field);
        Assert.Contains("must not look like a passport or service number", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
