using System.Collections.Immutable;
using Parley.Core.Events;
using Parley.Core.Talks;

namespace Parley.Core.State;

public sealed partial record ParleyState
{
    /// <summary>The corrections and retractions of talks entries, by correction id.</summary>
    public ImmutableSortedDictionary<string, RecordCorrection> Corrections { get; init; } =
        ImmutableSortedDictionary<string, RecordCorrection>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The correction or retraction of an entry of the talks record, if it has one (an entry has at most one).</summary>
    public RecordCorrection? CorrectionOf(RecordKind kind, string target) =>
        Corrections.Values.FirstOrDefault(c => c.Kind == kind && c.Target == target);

    private ParleyState WithCorrection(RecordCorrected c) =>
        this with { Corrections = Corrections.Add(c.Id, new RecordCorrection(c.Id, c.Kind, c.Target, c.Note, c.Retracts, c.At)) };
}
