using Parley.Demo.Synthetic;
using Parley.Matching.Records;

namespace Parley.Matching.Tests.Reconciliation;

/// <summary>Hand-made records, and a background of synthetic people to set them among (a realistic list, not two records alone).</summary>
internal static class People
{
    private static readonly Lazy<SyntheticDataset> BackgroundData = new(() => SyntheticLists.Generate(400, 11));

    public static ListRecord Person(
        string id,
        string? surname,
        string? given,
        string? patronymic = null,
        string? dob = null,
        string? fullName = null,
        string? serviceNumber = null,
        string? birthplace = null,
        string? father = null,
        string? mother = null) =>
        new(id, surname, given, patronymic, fullName, Date(dob), serviceNumber, null, birthplace, father, mother, null, 2);

    /// <summary>"1985-03-12", "1985-03", "1985", or null.</summary>
    public static PartialDate? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }
        int[] parts = [.. text.Split('-').Select(int.Parse)];
        return new PartialDate(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null);
    }

    /// <summary>The given records after the synthetic background's left (or right) list.</summary>
    public static IReadOnlyList<ListRecord> Left(params ListRecord[] records) => [.. BackgroundData.Value.Left, .. records];

    public static IReadOnlyList<ListRecord> Right(params ListRecord[] records) => [.. BackgroundData.Value.Right, .. records];
}
