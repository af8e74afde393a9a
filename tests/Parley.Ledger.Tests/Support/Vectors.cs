using System.Text.Json;
using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tests.Support;

/// <summary>
/// The shared reference vectors, <c>../shared/data/merkle-vectors.json</c> relative to the repository
/// root (the folder holding parley.slnx). Missing vectors fail the tests loudly; they are never skipped.
/// </summary>
internal static class Vectors
{
    private static readonly Lazy<JsonElement> Root = new(Load);

    internal static JsonElement Json => Root.Value;

    internal static string ExpectedPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "parley.slnx")))
        {
            directory = directory.Parent;
        }
        if (directory is null)
        {
            Assert.Fail($"could not find the repository root (a folder containing parley.slnx) above {AppContext.BaseDirectory}; the Merkle vectors live at <repo>/../shared/data/merkle-vectors.json.");
        }
        return Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "data", "merkle-vectors.json"));
    }

    private static JsonElement Load()
    {
        var path = ExpectedPath();
        if (!File.Exists(path))
        {
            Assert.Fail($"the reference vectors are missing: expected them at {path}. Restore ../shared/data/merkle-vectors.json beside the repository; these tests must not be skipped.");
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    internal static IReadOnlyList<Hash> Hashes(JsonElement array) =>
        array.EnumerateArray().Select(e => Hash.FromHex(e.GetString()!)).ToList();

    internal static byte[] SmallLeaf(int i) => Convert.FromHexString(Json.GetProperty("small").GetProperty("leaves")[i].GetString()!);

    internal static byte[] LargeLeaf(int i) => System.Text.Encoding.UTF8.GetBytes($"leaf-{i}");

    internal static InMemoryHashStore SmallStore() => Store(Json.GetProperty("small").GetProperty("leaves").GetArrayLength(), SmallLeaf);

    internal static InMemoryHashStore LargeStore() => Store(1000, LargeLeaf);

    internal static InMemoryHashStore Store(int size, Func<int, byte[]> leaf)
    {
        var store = new InMemoryHashStore();
        for (var i = 0; i < size; i++)
        {
            store.AppendData(leaf(i));
        }
        return store;
    }

    /// <summary>Cases for xunit theories: (set, raw JSON of one case) for every case of that kind in both sets.</summary>
    internal static TheoryData<string, string> Cases(string kind)
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "small", "large" })
        {
            AddCases(data, set, kind);
        }
        return data;
    }

    private static void AddCases(TheoryData<string, string> data, string set, string kind)
    {
        foreach (var item in Json.GetProperty(set).GetProperty(kind).EnumerateArray())
        {
            data.Add(set, item.GetRawText());
        }
    }
}
