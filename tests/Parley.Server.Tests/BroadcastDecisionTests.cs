using NodaTime;
using Parley.Core.Broadcast;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Events;
using Parley.Core.Rules;
using Parley.Core.State;

namespace Parley.Server.Tests;

/// <summary>The domain's rules for press entries: posted to a known page, corrections never edit, each entry corrected once.</summary>
public sealed class BroadcastDecisionTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 5, 16, 12, 0);

    private static ParleyState WithRound() =>
        Decider.Decide(ParleyState.Empty, new ScheduleRound("r1", 1, "Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 5, 16, 13, 30), null), Now).State;

    [Fact]
    public void an_entry_on_a_known_round_is_posted_as_one_event()
    {
        var decision = Decider.Decide(WithRound(), new PostEntry("e1", "r1", "The talks began.", true, null), Now);
        var posted = Assert.IsType<EntryPosted>(Assert.Single(decision.Events));
        Assert.Equal(("e1", "r1", true, Now), (posted.Id, posted.Live, posted.Key, posted.At));
        Assert.True(decision.State.Entries.ContainsKey("e1"));
    }

    [Fact]
    public void an_entry_on_an_unknown_page_is_refused()
    {
        var e = Assert.Throws<RuleViolationException>(() => Decider.Decide(WithRound(), new PostEntry("e1", "nowhere", "x", false, null), Now));
        Assert.Equal(BroadcastRules.KnownLivePage, e.Rule);
    }

    [Fact]
    public void a_correction_marks_the_original_as_corrected_and_leaves_its_text()
    {
        var state = Decider.Decide(WithRound(), new PostEntry("e1", "r1", "two hours", false, null), Now).State;
        state = Decider.Decide(state, new PostEntry("e2", "r1", "39 minutes", false, "e1"), Now).State;
        Assert.Equal("e2", state.Entries["e1"].CorrectedBy);
        Assert.Equal("two hours", state.Entries["e1"].Markdown);
    }

    [Fact]
    public void an_entry_is_corrected_once_and_only_by_an_entry_of_its_own_page()
    {
        var state = Decider.Decide(WithRound(), new PostEntry("e1", "r1", "two hours", false, null), Now).State;
        state = Decider.Decide(state, new ScheduleRound("r2", 2, "Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 6, 2, 13, 0), null), Now).State;
        var elsewhere = Assert.Throws<RuleViolationException>(() => Decider.Decide(state, new PostEntry("e2", "r2", "x", false, "e1"), Now));
        Assert.Equal(BroadcastRules.CorrectionTarget, elsewhere.Rule);
        state = Decider.Decide(state, new PostEntry("e2", "r1", "39 minutes", false, "e1"), Now).State;
        var twice = Assert.Throws<RuleViolationException>(() => Decider.Decide(state, new PostEntry("e3", "r1", "40 minutes", false, "e1"), Now));
        Assert.Equal(BroadcastRules.CorrectionTarget, twice.Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void an_empty_entry_is_refused_naming_the_field(string markdown)
    {
        var e = Assert.Throws<InvalidFieldException>(() => Decider.Decide(WithRound(), new PostEntry("e1", "r1", markdown, false, null), Now));
        Assert.Equal("markdown", e.Field);
    }

    [Fact]
    public void an_entry_longer_than_the_limit_is_refused()
    {
        var e = Assert.Throws<InvalidFieldException>(() =>
            Decider.Decide(WithRound(), new PostEntry("e1", "r1", new string('x', BroadcastRules.MaxMarkdownLength + 1), false, null), Now));
        Assert.Equal("markdown", e.Field);
    }
}
