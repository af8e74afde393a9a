using NodaTime;
using Parley.Core.Claims;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.State;
using Parley.Core.Talks;
using Parley.Core.Wire;

namespace Parley.Core.Broadcast.Live;

/// <summary>
/// The live broadcast as a projection of the log (docs/design.md §6): which events become entries of which pages, and
/// which of them are key events. Pure: events and the state in, pages and new entries out; the server only reads the log,
/// keeps the subscribers and writes the streams. Only public parts of events are used, so no personal data can get in.
/// </summary>
/// <remarks>
/// Which event types make entries, and which are key events (the turning points a reader scanning the page must not
/// miss), each type says once, with <see cref="LiveEntryAttribute"/>; a press entry is key when the press officer marks it so.
/// </remarks>
public static class LiveProjection
{
    /// <summary>
    /// The wire names of the event types that make entries (<see cref="LiveEntryAttribute"/>): all a reader of the log for
    /// the broadcast needs to read.
    /// </summary>
    public static IReadOnlyCollection<string> EntryTypes { get; } =
        [.. WireTypes.Events.Where(t => t.Value.IsLive).Select(t => t.Key).Order(StringComparer.Ordinal)];

    /// <summary>Whether an event is a key event: its type says so (<see cref="LiveEntryAttribute.Key"/>), or the press officer did.</summary>
    public static bool IsKey(DomainEvent e) => e is EntryPosted p ? p.Key : WireTypes.Events[e.Type].IsKey;

    /// <summary>
    /// Adds the entries <paramref name="logged"/> makes to their pages (opening a round's or an exchange's page when it is
    /// recorded). <paramref name="state"/> is the record as it stands, for the names and numbers an entry quotes.
    /// </summary>
    public static LiveUpdate Apply(LiveBroadcast broadcast, LoggedEvent logged, ParleyState state)
    {
        var pages = broadcast.Pages;
        var published = new List<LivePublication>();
        var seq = logged.Sequence;

        void Open(string live, LivePageKind kind, DateTimeZone zone)
        {
            if (!pages.ContainsKey(live))
            {
                pages = pages.Add(live, LivePage.Open(live, kind, zone));
            }
        }

        void Publish(string live, LiveEntry entry)
        {
            if (pages.TryGetValue(live, out var page))
            {
                pages = pages.SetItem(live, page.With(entry));
                published.Add(new LivePublication(live, entry));
            }
        }

        void PublishOn(IEnumerable<string> lives, LiveEntry entry)
        {
            foreach (var live in lives)
            {
                Publish(live, entry);
            }
        }

        var key = IsKey(logged.Event);

        LiveEntry Auto(Instant at, string kind, params TextArgument[] arguments) =>
            new(seq, "auto-" + seq, at, key, null, new AutoText(kind, [.. arguments]), null, null);

        switch (logged.Event)
        {
            case RoundScheduled r:
                var zone = DateTimeZoneProviders.Tzdb[r.Zone];
                Open(r.Id, LivePageKind.Round, zone);
                Publish(r.Id, Auto(r.At ?? logged.Recorded, r.Type,
                    new("number", r.Number), new("venue", r.Venue), new("city", r.City), new("start", r.ScheduledStart.InZone(zone))));
                break;
            case RoundStarted s when state.Rounds.GetValueOrDefault(s.Round) is { } round:
                Publish(s.Round, Auto(s.At, s.Type, new("number", round.Number), new("venue", round.Venue), new("city", round.City)));
                break;
            case RoundConcluded c when state.Rounds.GetValueOrDefault(c.Round) is { } round:
                var minutes = round.ActualStart is { } start ? (int)(c.At - start).TotalMinutes : 0;
                Publish(c.Round, Auto(c.At, c.Type, new("number", round.Number), new("minutes", minutes)));
                break;
            case StatementRecorded s when state.Statements.GetValueOrDefault(s.Id) is { } statement:
                // Where only translations of the words are known, the first one stands for them, marked as a translation.
                var words = s.Quote is { } said ? new TextArgument("quote", said) : new TextArgument("quote", statement.Translations[0].Quote);
                Publish(s.Round, Auto(s.At, s.Quote is null ? s.Type + ".translated" : s.Type, new("speaker", s.Speaker), new("party", s.Party ?? ""), words,
                    new(Reference, RefOf(RecordKind.Statement, s.Id)), new("language", statement.Language),
                    new("sources", statement.Sources), new("translations", statement.Translations)));
                break;
            case AgreementReached a:
                var at = state.Rounds.GetValueOrDefault(a.Round)?.End ?? logged.Recorded;
                var agreement = new TextArgument(Reference, RefOf(RecordKind.Agreement, a.Id));
                Publish(a.Round, a.Terms is null
                    ? Auto(at, a.Type + ".plain", new TextArgument("title", a.Title), agreement)
                    : Auto(at, a.Type, new("title", a.Title), new("formula", a.Terms), agreement));
                break;
            case ExchangeOpened o when RoundOf(state, o.Exchange) is { } round:
                Open(o.Exchange, LivePageKind.Exchange, round.Zone);
                var terms = state.Agreements[o.Agreement].Terms?.ToString() ?? "";
                var opened = Auto(o.At ?? logged.Recorded, o.Type, new("sideA", o.SideA), new("sideB", o.SideB), new("terms", terms));
                Publish(o.Exchange, opened);
                Publish(round.Id, opened);
                break;
            case StagePlanned s when state.Exchanges.GetValueOrDefault(s.Exchange) is { } x:
                PublishOn(PagesShowing(state, x.Id), Auto(s.At ?? logged.Recorded, s.Type, new("number", s.Number), new("date", s.Date),
                    new("plannedA", s.PlannedA), new("sideA", x.SideA), new("plannedB", s.PlannedB), new("sideB", x.SideB)));
                break;
            case StageClosed c when state.Exchanges.GetValueOrDefault(c.Exchange) is { } x:
                var number = x.Stages.GetValueOrDefault(c.Stage)?.Number ?? 0;
                PublishOn(PagesShowing(state, x.Id), Auto(c.At, c.Type, new("number", number),
                    new("releasedA", c.ReleasedA), new("sideA", x.SideA), new("releasedB", c.ReleasedB), new("sideB", x.SideB)));
                break;
            case ExchangeFulfilled f when state.Exchanges.GetValueOrDefault(f.Exchange) is { } x:
                PublishOn(PagesShowing(state, x.Id), Auto(f.At, f.Type,
                    new("releasedA", f.ReleasedA), new("sideA", x.SideA), new("releasedB", f.ReleasedB), new("sideB", x.SideB)));
                break;
            case ClaimRecorded c when state.Exchanges.GetValueOrDefault(c.Exchange) is { } x:
                // The verdict as the record stood when the claim was recorded; the figures section shows how it stands now.
                var claimText = ClaimText(state.Claims[c.Id], x);
                PublishOn(PagesShowing(state, x.Id), new LiveEntry(seq, "auto-" + seq, c.At, key, null, claimText, null, null));
                break;
            case RecordCorrected r:
                // Beside the original on every page that shows it, as a press correction is (LivePage.With marks the original).
                var target = RefOf(r.Kind, r.Target);
                foreach (var page in pages.Values.ToList())
                {
                    if (page.Entries.FirstOrDefault(e => e.Auto?[Reference] as string == target) is { } original)
                    {
                        Publish(page.Live, new LiveEntry(seq, "auto-" + seq, r.At, key, null,
                            new AutoText(r.Retracts ? "record.retracted" : r.Type, [new("note", r.Note)]), original.Id, null));
                    }
                }
                break;
            case EntryPosted p:
                Publish(p.Live, new LiveEntry(seq, p.Id, p.At, key, p.Markdown, null, p.Corrects, null) { Byline = p.Byline });
                break;
        }
        return new LiveUpdate(new LiveBroadcast(pages, seq), published);
    }

    /// <summary>
    /// A claim beside what the record of <paramref name="exchange"/> shows: agrees, differs (by how much) or not yet in the
    /// record, worded by kind (<c>claim.recorded[.stage].VERDICT</c>) in the reader's language.
    /// </summary>
    public static AutoText ClaimText(Claim claim, Exchange exchange)
    {
        var check = ClaimCheck.Of(claim, ExchangeSummary.Of(exchange));
        var kind = WireTypes.NameOf<ClaimRecorded>() + (claim.Stage is null ? "." : ".stage.") + check.Verdict.ToWord();
        TextArgument[] arguments = [new("claimant", claim.Claimant), new("figure", claim.Figure), new("side", claim.Holder), new("value", claim.Value),
            new("recorded", check.Recorded), new("difference", Math.Abs(check.Difference)), new(Reference, RefOf(RecordKind.Claim, claim.Id)),
            new("source", claim.Source)];
        return new AutoText(kind, claim.Stage is { } stage ? [.. arguments, new("stage", exchange.Stages[stage].Number)] : [.. arguments]);
    }

    /// <summary>The argument of an automatic entry that names the talks entry it shows, so a correction finds it.</summary>
    public const string Reference = "ref";

    private static string RefOf(RecordKind kind, string id) => kind.ToString().ToLowerInvariant() + ":" + id;

    /// <summary>
    /// The pages whose figures differ between two states of the record: those showing an exchange that changed (people
    /// listed or moved, stages planned or closed). The state is immutable, so an exchange that did not change is the
    /// same object in both.
    /// </summary>
    public static IReadOnlySet<string> FiguresMoved(ParleyState before, ParleyState after)
    {
        var moved = new HashSet<string>(StringComparer.Ordinal);
        if (ReferenceEquals(before.Exchanges, after.Exchanges))
        {
            return moved;
        }
        foreach (var (id, exchange) in after.Exchanges)
        {
            if (!ReferenceEquals(before.Exchanges.GetValueOrDefault(id), exchange))
            {
                moved.UnionWith(PagesShowing(after, id));
            }
        }
        return moved;
    }

    /// <summary>The pages that show an exchange's figures: its own, and its round's.</summary>
    public static IEnumerable<string> PagesShowing(ParleyState state, string exchange)
    {
        yield return exchange;
        if (RoundOf(state, exchange) is { } round)
        {
            yield return round.Id;
        }
    }

    /// <summary>The exchanges whose figures a page shows: a round's page shows every exchange its agreements opened.</summary>
    public static IReadOnlyList<Exchange> ExchangesOn(LivePage page, ParleyState state)
    {
        if (page.Kind == LivePageKind.Round)
        {
            var agreements = state.Agreements.Values.Where(a => a.RoundId == page.Live).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            return [.. state.Exchanges.Values.Where(x => agreements.Contains(x.AgreementId))];
        }
        return state.Exchanges.GetValueOrDefault(page.Live) is { } exchange ? [exchange] : [];
    }

    /// <summary>The round whose agreement opened an exchange.</summary>
    public static Round? RoundOf(ParleyState state, string exchange) =>
        state.Exchanges.GetValueOrDefault(exchange) is { } x && state.Agreements.GetValueOrDefault(x.AgreementId) is { } agreement
            ? state.Rounds.GetValueOrDefault(agreement.RoundId)
            : null;
}
