using Parley.Demo.Synthetic;
using Parley.Matching.Records;

namespace Parley.Matching.Tests.Reconciliation;

/// <summary>Hand-made records, and a background of synthetic people to set them among (a realistic list, not two records alone).</summary>
internal static class People
{
    private static readonly Lazy<SyntheticDataset> BackgroundData = new(() => SyntheticLists.Generate(400, 11));

    // Some decisions rest on what the lists themselves teach the engine (how often a true pair's dates differ
    // altogether), which a few hundred people cannot teach: those tests are set among a few thousand.
    private static readonly Lazy<SyntheticDataset> LargeBackgroundData = new(() => SyntheticLists.Generate(3000, 11));

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
        string? mother = null,
        string? rank = null) =>
        new(id, surname, given, patronymic, fullName, Date(dob), serviceNumber, rank, birthplace, father, mother, null, 2);

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

    /// <summary>The given records after a background of a few thousand people's left (or right) list.</summary>
    public static IReadOnlyList<ListRecord> LargeLeft(params ListRecord[] records) => [.. LargeBackgroundData.Value.Left, .. records];

    public static IReadOnlyList<ListRecord> LargeRight(params ListRecord[] records) => [.. LargeBackgroundData.Value.Right, .. records];
}
