using System.Text;
using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Matching;
using Parley.Core.Wire;
using Parley.Store.Domain;
using Xunit;

namespace Parley.Store.Tests.Serialization;

/// <summary>The matching events in the log: public ids, scores and levels; the reason for a decision private only.</summary>
public sealed class MatchEventCodecTests
{
    private static readonly MatchCandidatesRecorded Candidates = new("x1",
        [new MatchCandidate("UA-1", "RU-1", 0.9876, CandidateDecision.Match, "surname: exact, given: same name, dob: exact")],
        "parley-matching 1.0.0.0");

    private static readonly MatchDecided Decided = new("x1", "UA-1", "RU-1", MatchVerdict.Reject,
        Instant.FromUtc(2025, 5, 23, 9, 0), new PrivateNote("Шевченко's sister says he was born in 1985"))
    { Actor = new Core.Actors.Actor(Core.Actors.ActorRole.Mediator, "token:t1") };

    [Fact]
    public void candidates_round_trip_with_no_private_part()
    {
        var row = EventCodec.Encode(Candidates);
        Assert.Null(row.Private);
        var back = Assert.IsType<MatchCandidatesRecorded>(EventCodec.Decode(row.Type, row.Public, row.Private));
        Assert.Equal("match.candidates-recorded", row.Type);
        Assert.Equal(Candidates.Candidates, back.Candidates);
        Assert.Contains("\"decision\":\"match\"", Encoding.UTF8.GetString(row.Public));
    }

    [Fact]
    public void a_part_of_a_run_says_more_follow_and_an_event_written_before_parts_existed_reads_as_a_whole_run()
    {
        var part = Candidates with { AsOf = 41, MoreToFollow = true };
        var row = EventCodec.Encode(part);
        Assert.Contains("\"moreToFollow\":true", Encoding.UTF8.GetString(row.Public));
        var back = Assert.IsType<MatchCandidatesRecorded>(EventCodec.Decode(row.Type, row.Public, row.Private));
        Assert.Equal((part.AsOf, part.MoreToFollow, part.Candidates.Single()), (back.AsOf, back.MoreToFollow, back.Candidates.Single()));

        var whole = EventCodec.Encode(Candidates);
        Assert.DoesNotContain("moreToFollow", Encoding.UTF8.GetString(whole.Public));
        Assert.Null(Assert.IsType<MatchCandidatesRecorded>(EventCodec.Decode(whole.Type, whole.Public, whole.Private)).MoreToFollow);
    }

    [Fact]
    public void a_decision_keeps_its_reason_in_the_private_part_only()
    {
        var row = EventCodec.Encode(Decided);
        var publicText = Encoding.UTF8.GetString(row.Public);
        Assert.DoesNotContain("Шевченко", publicText);
        Assert.DoesNotContain("1985", publicText);
        Assert.Contains("\"verdict\":\"reject\"", publicText);
        Assert.Contains("Шевченко", Encoding.UTF8.GetString(row.Private!));
        var back = Assert.IsType<MatchDecided>(EventCodec.Decode(row.Type, row.Public, row.Private));
        Assert.Equal(Decided, back);
    }

    [Fact]
    public void the_matching_events_touch_no_projection()
    {
        var keys = new HashSet<(string, string)>();
        Projections.Touched(Candidates, keys);
        Projections.Touched(Decided, keys);
        Assert.Empty(keys);
    }

    [Fact]
    public void the_command_reader_reads_both_matching_commands()
    {
        var run = Assert.IsType<RecordMatchCandidates>(CommandReader.Parse(
            """{"command":"record-match-candidates","exchange":"x1","engineVersion":"e 1","candidates":[{"left":"UA-1","right":"RU-1","score":0.5,"decision":"review","evidence":"surname: exact"}]}"""));
        Assert.Equal(CandidateDecision.Review, Assert.Single(run.Candidates).Decision);
        Assert.Null(run.MoreToFollow);
        var part = Assert.IsType<RecordMatchCandidates>(CommandReader.Parse(
            """{"command":"record-match-candidates","exchange":"x1","engineVersion":"e 1","candidates":[],"asOf":3,"moreToFollow":true}"""));
        Assert.True(part.MoreToFollow);
        var decide = Assert.IsType<DecideMatch>(CommandReader.Parse(
            """{"command":"decide-match","exchange":"x1","left":"UA-1","right":"RU-1","verdict":"accept","why":"same"}"""));
        Assert.Equal(MatchVerdict.Accept, decide.Verdict);
        var error = Assert.Throws<CommandFormatException>(() => CommandReader.Parse(
            """{"command":"decide-match","exchange":"x1","left":"UA-1","right":"RU-1","verdict":"maybe","why":"same"}"""));
        Assert.Contains("verdict", error.Message);
    }
}
