using NodaTime;
using Parley.Core.Broadcast.Live;
using Parley.Core.Families;
using Parley.Core.State;
using Parley.Server.Live;

namespace Parley.Server.Family;

/// <summary>
/// One requested person's status as the family page shows it, in one language: the status now and each change with its
/// date, in plain words. Nothing else of the record: no name, no id, no other person, no figure.
/// </summary>
public sealed record FamilyView(FamilyStatus Status, string Now, IReadOnlyList<FamilyLine> History, string FeedCapability)
{
    public static FamilyView Of(FamilyTimelines timelines, FamilyKey key, ParleyState state, string feedCapability, string language)
    {
        var history = timelines.History(key).Select(step => FamilyLine.Of(step, key.Exchange, state, language)).ToList();
        var last = history.Count > 0 ? history[^1] : new FamilyLine(0, FamilyStatus.Requested, Texts.Get("family.status.requested", language), "");
        return new FamilyView(last.Status, last.Text, history, feedCapability);
    }
}

/// <summary>One change: its log position (the event stream's id), the status, its sentence and its date.</summary>
public sealed record FamilyLine(long Sequence, FamilyStatus Status, string Text, string Date)
{
    public static FamilyLine Of(FamilyStep step, string exchange, ParleyState state, string language)
    {
        var stage = step.Stage is { } id ? state.Exchanges.GetValueOrDefault(exchange)?.Stages.GetValueOrDefault(id) : null;
        var text = step.Status == FamilyStatus.Scheduled && stage is not null
            ? Texts.Format("family.status.scheduled", language, new TextArgument("number", stage.Number), new TextArgument("date", stage.Date))
            : step.Status == FamilyStatus.Scheduled
                ? Texts.Get("family.status.scheduled-soon", language)
                : Texts.Get("family.status." + step.Status.ToWord(), language);
        return new FamilyLine(step.Sequence, step.Status, text, DateOf(step.At, language));
    }

    /// <summary>The day in UTC, in the reader's language ("23 May 2025").</summary>
    public static string DateOf(Instant at, string language) => at.InUtc().Date.ToString("d MMMM uuuu", Language.Culture(language));
}
