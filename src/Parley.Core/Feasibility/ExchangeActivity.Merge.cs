using System.Collections.Immutable;

namespace Parley.Core.Feasibility;

public sealed partial record ExchangeActivity
{
    /// <summary>The same activity with sides A and B exchanged: an exchange that names the same two parties the other way round.</summary>
    public ExchangeActivity WithSidesSwapped() => this with
    {
        Interviews = [.. Interviews.Select(d => d with { Side = d.Side.Other() })],
        HeldStages = [.. HeldStages.Select(s => s with { ReleasedA = s.ReleasedB, ReleasedB = s.ReleasedA })],
        OpenStages = [.. OpenStages.Select(s => s with { PlannedA = s.PlannedB, PlannedB = s.PlannedA })],
        Progress = [.. Progress.Select(p => new ProgressDay(p.Date, p.B, p.A))],
    };

    /// <summary>
    /// The activity of several exchanges (all with the same side A, days in the same zone) as one, named
    /// <paramref name="name"/>: the verifier's work added up per day and side; the stages held on one day as one
    /// handover carrying what they carried together (the forecast counts handover days, at most one a day); the open
    /// stages of all, their ids prefixed with their exchange's; progress per day as the sum of where each exchange stood
    /// at the end of that day; the latest instant recorded; fulfilled when every exchange is, on the last one's day.
    /// </summary>
    public static ExchangeActivity Merge(string name, IReadOnlyCollection<ExchangeActivity> activities)
    {
        Preconditions.CheckNotBlank(name);
        Preconditions.CheckNotNull(activities);
        Preconditions.CheckArgument(activities.Count > 0, nameof(activities), "at least one exchange's activity is needed to merge.");
        if (activities.Count == 1)
        {
            return activities.First() with { Exchange = name };
        }
        var interviews = activities.SelectMany(a => a.Interviews)
            .GroupBy(d => (d.Date, d.Side))
            .OrderBy(g => g.Key.Date).ThenBy(g => g.Key.Side)
            .Select(g => new InterviewDay(g.Key.Date, g.Key.Side, g.Sum(d => d.Confirmed), g.Sum(d => d.Declined)));
        var held = activities.SelectMany(a => a.HeldStages.Select(s => (a.Exchange, Stage: s)))
            .GroupBy(s => s.Stage.Date)
            .OrderBy(g => g.Key)
            .Select(g => new HeldStage(
                string.Join('+', g.Select(s => $"{s.Exchange}/{s.Stage.Id}")), g.Key, g.Max(s => s.Stage.ClosedAt),
                g.Sum(s => s.Stage.ReleasedA), g.Sum(s => s.Stage.ReleasedB)));
        var open = activities.SelectMany(a => a.OpenStages.Select(s => s with { Id = $"{a.Exchange}/{s.Id}" }))
            .OrderBy(s => s.Date).ThenBy(s => s.Id, StringComparer.Ordinal);
        var fulfilled = activities.All(a => a.FulfilledAt is not null) ? activities.Max(a => a.FulfilledAt) : null;
        return new ExchangeActivity(name, activities.Max(a => a.AsOf), [.. interviews], [.. held], [.. open], MergeProgress(activities), fulfilled);
    }

    /// <summary>Every day any exchange recorded, with each exchange as it stood at the end of that day (its last day before, if it was idle).</summary>
    private static ImmutableArray<ProgressDay> MergeProgress(IReadOnlyCollection<ExchangeActivity> activities)
    {
        var days = activities.SelectMany(a => a.Progress.Select(p => p.Date)).Distinct().Order().ToList();
        var merged = ImmutableArray.CreateBuilder<ProgressDay>(days.Count);
        var next = new int[activities.Count];
        var standing = new ProgressDay?[activities.Count];
        foreach (var day in days)
        {
            StatusCounts a = default, b = default;
            var i = 0;
            foreach (var activity in activities)
            {
                while (next[i] < activity.Progress.Length && activity.Progress[next[i]].Date <= day)
                {
                    standing[i] = activity.Progress[next[i]++];
                }
                if (standing[i] is { } stood)
                {
                    a = a.Plus(stood.A);
                    b = b.Plus(stood.B);
                }
                i++;
            }
            merged.Add(new ProgressDay(day, a, b));
        }
        return merged.MoveToImmutable();
    }
}
