using Parley.Matching.Scoring;

namespace Parley.Matching.Reconciliation;

/// <summary>Spells out a comparison vector field by field, with what each side wrote.</summary>
public static class Evidence
{
    /// <summary>One <see cref="FieldEvidence"/> per field, in <see cref="Field"/> order; name weights include their term-frequency adjustment.</summary>
    public static IReadOnlyList<FieldEvidence> Of(PreparedRecord left, PreparedRecord right, ComparisonVector vector, MatchWeights weights, TermFrequencies? frequencies = null)
    {
        Preconditions.CheckNotNull(left, nameof(left));
        Preconditions.CheckNotNull(right, nameof(right));
        Preconditions.CheckNotNull(weights, nameof(weights));
        double Adjustment(Field f) => frequencies is null ? 0 : f switch
        {
            Field.Surname => frequencies.Surname(left, right, vector, weights),
            Field.Given => frequencies.Given(left, vector, weights),
            Field.Patronymic => frequencies.Patronymic(left, vector, weights),
            _ => 0,
        };
        return
        [
            .. Enum.GetValues<Field>().Select(f => new FieldEvidence(
                f, ComparisonLevels.Get(f, vector[f]), weights.Weight(f, vector[f]) + Adjustment(f), Text(left, f), Text(right, f))),
        ];
    }

    /// <summary>The field as the record gave it (names as the engine read them, after any swap).</summary>
    public static string Text(PreparedRecord record, Field field) => field switch
    {
        Field.Surname => record.SurnameText,
        Field.Given => record.GivenText,
        Field.Patronymic => record.PatronymicText,
        Field.DateOfBirth => record.Source.DateOfBirth?.ToString() ?? "",
        Field.ServiceNumber => record.Source.ServiceNumber ?? "",
        Field.Birthplace => record.Source.Birthplace ?? "",
        Field.Father => record.Source.Father ?? "",
        Field.MotherMaiden => record.Source.MotherMaiden ?? "",
        Field.Rank => record.Source.Rank ?? "",
        _ => "",
    };
}
