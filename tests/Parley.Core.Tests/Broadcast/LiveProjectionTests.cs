using NodaTime;
using Parley.Core.Broadcast.Live;
using Parley.Core.Commands;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Broadcast;

/// <summary>The live projection: which events become entries of which pages, which are key events, and which pages' figures move.</summary>
public sealed class LiveProjectionTests
{
    private static LiveLog WithExchange() =>
        LiveLog.Talks()
            .Do(new RecordAgreement("a1", "r1", "Exchange of prisoners", "The sides agreed an exchange.", "1000 for 1000", ["RU", "UA"]))
            .Do(new OpenExchange("x1", "a1", "RU", "UA"));

    [Fact]
    public void a_scheduled_round_opens_its_page_with_an_entry_that_is_not_a_key_event()
    {
        var log = LiveLog.Talks();

        var page = Assert.IsType<LivePage>(log.Broadcast.Page("r1"));

        Assert.Equal(LivePageKind.Round, page.Kind);
        Assert.Equal("Europe/Istanbul", page.Zone.Id);
        var entry = Assert.Single(page.Entries);
        Assert.False(entry.Key);
        Assert.Equal("round.scheduled", entry.Auto!.Kind);
        Assert.Equal(new LocalDateTime(2025, 5, 16, 13, 30), ((ZonedDateTime)entry.Auto["start"]!).LocalDateTime);
    }

    [Fact]
    public void a_round_beginning_and_ending_are_key_events()
    {
        var log = LiveLog.Talks().Do(new StartRound("r1", new LocalDateTime(2025, 5, 16, 13, 30)));
        Assert.True(Assert.Single(log.Published).Entry.Key);

        log.Do(new ConcludeRound("r1", new LocalDateTime(2025, 5, 16, 15, 15)));

        var concluded = Assert.Single(log.Published).Entry;
        Assert.True(concluded.Key);
        Assert.Equal(105, concluded.Auto!["minutes"]);
    }

    [Fact]
    public void an_agreement_is_a_key_event_worded_with_its_formula_or_without_one()
    {
        var log = WithExchange();
        var agreement = log.Broadcast.Page("r1")!.Entries.Single(e => e.Auto!.Kind == "agreement.reached");
        Assert.True(agreement.Key);
        Assert.Equal("1000 for 1000", agreement.Auto!["formula"]);

        log.Do(new RecordAgreement("a2", "r1", "Return of bodies", "The sides agreed.", null, ["RU", "UA"]));

        Assert.Equal("agreement.reached.plain", Assert.Single(log.Published).Entry.Auto!.Kind);
    }

    [Fact]
    public void an_opened_exchange_gets_its_own_page_and_is_announced_on_it_and_on_its_rounds()
    {
        var log = WithExchange();

        Assert.Equal(LivePageKind.Exchange, log.Broadcast.Page("x1")!.Kind);
        Assert.Equal(["x1", "r1"], log.Published.Select(p => p.Live));
        Assert.Same(log.Published[0].Entry, log.Published[1].Entry);
    }

    [Fact]
    public void a_planned_stage_is_announced_on_the_exchanges_page_and_its_rounds_and_is_not_a_key_event()
    {
        var log = WithExchange().Do(new PlanStage("x1", "s1", new LocalDate(2025, 5, 23), 1, 1));
        Assert.All(log.Published, p => Assert.False(p.Entry.Key));
        Assert.Equal(["x1", "r1"], log.Published.Select(p => p.Live));
    }

    [Fact]
    public void entries_are_numbered_by_the_log_so_resuming_after_a_number_is_exact()
    {
        var log = WithExchange();

        var sequences = log.Broadcast.Page("r1")!.Entries.Select(e => e.Sequence).ToList();

        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(log.Broadcast.Page("r1")!.Version, sequences[^1]);
    }

    [Fact]
    public void a_press_correction_marks_the_original_and_leaves_its_text()
    {
        var log = LiveLog.Talks()
            .Do(new PostEntry("e1", "r1", "The talks lasted two hours.", false, null))
            .Do(new PostEntry("e2", "r1", "The talks lasted 39 minutes.", true, "e1"));

        var page = log.Broadcast.Page("r1")!;

        Assert.Equal("e2", page.Find("e1")!.CorrectedBy);
        Assert.Equal("The talks lasted two hours.", page.Find("e1")!.Markdown);
        Assert.Equal("e2", page.Entries.Single(e => e.Id == "e1").CorrectedBy);
        Assert.True(page.Find("e2")!.Key);
    }

    [Fact]
    public void people_listed_on_an_exchange_make_no_entry_and_move_the_figures_of_its_page_and_its_rounds()
    {
        var log = WithExchange();
        var before = log.State;

        log.Do(new ListPersons("x1", Side.A, [World.Entry("A-00001")]));

        Assert.Empty(log.Published);
        Assert.Equal(["r1", "x1"], LiveProjection.FiguresMoved(before, log.State).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void a_press_entry_moves_no_figures()
    {
        var log = WithExchange();
        var before = log.State;

        log.Do(new PostEntry("e1", "x1", "Buses have left.", false, null));

        Assert.Empty(LiveProjection.FiguresMoved(before, log.State));
    }

    [Fact]
    public void a_rounds_page_shows_every_exchange_its_agreements_opened()
    {
        var log = WithExchange();

        Assert.Equal(["x1"], LiveProjection.ExchangesOn(log.Broadcast.Page("r1")!, log.State).Select(x => x.Id));
        Assert.Equal(["x1"], LiveProjection.ExchangesOn(log.Broadcast.Page("x1")!, log.State).Select(x => x.Id));
    }

    [Fact]
    public void a_claim_is_published_on_the_exchange_and_its_round_with_how_it_stands_against_the_record()
    {
        var log = WithExchange();
        var said = World.Now - Duration.FromHours(2);

        log.Do(new RecordClaim("c1", "x1", "Ukraine", "RU", Core.Claims.ClaimFigure.Released, 390, new Uri("https://news.example/"), said));

        Assert.Equal(["x1", "r1"], log.Published.Select(p => p.Live));
        var entry = log.Published[0].Entry;
        Assert.Equal(("claim.recorded.not-yet-in-record", said), (entry.Auto!.Kind, entry.At));
        Assert.Equal((390, 0, 390), (entry.Auto["value"], entry.Auto["recorded"], entry.Auto["difference"]));
    }

    [Fact]
    public void entries_recorded_after_the_fact_are_dated_when_it_happened_and_a_time_still_to_come_is_refused()
    {
        var opened = World.Now - Duration.FromDays(7);
        var log = LiveLog.Talks()
            .Do(new RecordAgreement("a1", "r1", "Exchange of prisoners", "The sides agreed an exchange.", "1000 for 1000", ["RU", "UA"]))
            .Do(new OpenExchange("x1", "a1", "RU", "UA", opened));
        Assert.Equal(opened, log.Published[0].Entry.At);

        log.Do(new PlanStage("x1", "s1", new LocalDate(2025, 5, 23), 390, 390, opened + Duration.FromDays(1)));
        Assert.Equal(opened + Duration.FromDays(1), log.Published[0].Entry.At);

        var e = Assert.Throws<Core.Rules.InvalidFieldException>(() => log.Do(new PlanStage("x1", "s2", new LocalDate(2025, 5, 24), 1, 1, World.Now + Duration.FromMinutes(1))));
        Assert.Equal("at", e.Field);
    }

    [Fact]
    public void a_press_entry_written_after_the_fact_is_dated_when_it_happened_and_carries_its_byline()
    {
        var happened = World.Now - Duration.FromDays(30);
        var log = LiveLog.Talks()
            .Do(new PostEntry("e1", "r1", "Ukraine handed over a list of 339 children.", true, Byline: "Newsroom desk", At: happened));

        var entry = log.Broadcast.Page("r1")!.Find("e1")!;
        Assert.Equal(happened, entry.At);
        Assert.Equal("Newsroom desk", entry.Byline);
        Assert.Null(log.Do(new PostEntry("e2", "r1", "Uncredited.", false)).Broadcast.Page("r1")!.Find("e2")!.Byline);
    }

    [Fact]
    public void a_press_entry_dated_in_the_future_a_correction_dated_before_its_original_and_an_empty_or_overlong_byline_are_refused()
    {
        var log = LiveLog.Talks().Do(new PostEntry("e1", "r1", "The talks lasted two hours.", false, At: World.Now - Duration.FromHours(2)));

        Assert.Equal("at", Assert.Throws<Core.Rules.InvalidFieldException>(() => log.Do(new PostEntry("e2", "r1", "Soon.", false, At: World.Now + Duration.FromMinutes(1)))).Field);
        var early = Assert.Throws<Core.Rules.RuleViolationException>(() => log.Do(new PostEntry("e3", "r1", "39 minutes.", false, "e1", At: World.Now - Duration.FromHours(3))));
        Assert.Contains("before the entry 'e1'", early.Message, StringComparison.Ordinal);
        Assert.Equal("byline", Assert.Throws<Core.Rules.InvalidFieldException>(() => log.Do(new PostEntry("e4", "r1", "x", false, Byline: " "))).Field);
        Assert.Equal("byline", Assert.Throws<Core.Rules.InvalidFieldException>(() => log.Do(new PostEntry("e5", "r1", "x", false, Byline: new string('b', 201)))).Field);
        Assert.Equal(["e1"], log.Broadcast.Page("r1")!.Entries.Where(e => e.IsPress).Select(e => e.Id));
    }
}
