namespace Parley.Evaluation.Tests;

/// <summary>Datasets shared by the tests: generating is deterministic, so one instance serves all.</summary>
internal static class Datasets
{
    private static readonly Lazy<EvaluationDataset> LazyTenThousand =
        new(() => EvaluationLists.Generate(new EvaluationOptions { People = 10_000, Seed = 1 }));

    private static readonly Lazy<DatasetSummary> LazySummary = new(() => LazyTenThousand.Value.Summarize());

    public static EvaluationDataset TenThousand => LazyTenThousand.Value;

    public static DatasetSummary TenThousandSummary => LazySummary.Value;

    public static EvaluationDataset Small(EvaluationProfile profile = EvaluationProfile.Standard, ulong seed = 7) =>
        EvaluationLists.Generate(new EvaluationOptions { People = 1_500, Seed = seed, Profile = profile });
}
