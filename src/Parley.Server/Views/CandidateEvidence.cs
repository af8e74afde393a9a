using Parley.Core.Exchanges;
using Parley.Matching.Reconciliation;
using Parley.Matching.Scoring;
using Parley.Reconciliation;

namespace Parley.Server.Views;

/// <summary>One field of a candidate pair, as <c>report.html</c> shows it: what each list wrote and how the engine compared them.</summary>
public sealed record EvidenceRow(string Field, string Request, string Offer, string Level, double? Weight);

/// <summary>
/// The field-by-field evidence of a candidate pair: the engine's own (with weights) when this server ran the matching,
/// or else the comparison levels the recorded candidate carries beside what each list wrote.
/// </summary>
public static class CandidateEvidence
{
    public static IReadOnlyList<EvidenceRow> Of(PersonDetails request, PersonDetails offer, string digest, IReadOnlyList<FieldEvidence>? engine)
    {
        if (engine is not null)
        {
            return [.. engine.Where(f => !f.Level.IsMissing || f.Left.Length > 0 || f.Right.Length > 0)
                .Select(f => new EvidenceRow(ListRecords.FieldName(f.Field), f.Left, f.Right, f.Level.Name, Math.Round(f.Weight, 1)))];
        }
        var levels = Levels(digest);
        var left = ListRecords.Of("request", request, 1);
        var right = ListRecords.Of("offer", offer, 1);
        var rows = new List<EvidenceRow>();
        foreach (var field in Enum.GetValues<Field>())
        {
            var name = ListRecords.FieldName(field);
            var (l, r) = (Text(left, field), Text(right, field));
            if (l.Length > 0 || r.Length > 0 || levels.ContainsKey(name))
            {
                rows.Add(new EvidenceRow(name, l, r, levels.GetValueOrDefault(name) ?? "missing", null));
            }
        }
        return rows;
    }

    /// <summary>The levels of a digest such as <c>surname: phonetic, dob: exact</c>, by field.</summary>
    public static IReadOnlyDictionary<string, string> Levels(string digest) =>
        digest.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(':', 2, StringSplitOptions.TrimEntries))
            .Where(part => part.Length == 2)
            .GroupBy(part => part[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

    private static string Text(Matching.Records.ListRecord record, Field field) => field switch
    {
        Field.Surname => record.Surname ?? record.FullName ?? "",
        Field.Given => record.Given ?? "",
        Field.Patronymic => record.Patronymic ?? "",
        Field.DateOfBirth => record.DateOfBirth?.ToString() ?? "",
        Field.ServiceNumber => record.ServiceNumber ?? "",
        Field.Birthplace => record.Birthplace ?? "",
        Field.Father => record.Father ?? "",
        Field.MotherMaiden => record.MotherMaiden ?? "",
        Field.Rank => record.Rank ?? "",
        _ => "",
    };
}
