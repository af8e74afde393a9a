using System.Text.Json;
using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tests.Support;

/// <summary>
/// The reference vectors: a copy in the test project (Data/merkle-vectors.json, with a note of where it came from) of
/// the shared <c>../shared/data/merkle-vectors.json</c>, so the repository alone passes its tests.
/// </summary>
internal static class Vectors
{
    /// <summary>The SHA-256 of the copy as taken from the shared file (Data/README.md).</summary>
    internal const string CopiedHash = "3c50c216c6f1da7d2be8521614437f8b474df8d1744937cfd975ad420ed0468d";

    private static readonly Lazy<JsonElement> Root = new(Load);

    internal static JsonElement Json => Root.Value;

    /// <summary>The copy, beside the test assembly.</summary>
    internal static string CopyPath => Path.Combine(AppContext.BaseDirectory, "Data", "merkle-vectors.json");

    /// <summary>Where the shared original is, when the repository sits beside ../shared; null when it does not.</summary>
    internal static string? SharedPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "parley.slnx")))
        {
            directory = directory.Parent;
        }
        var path = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "merkle-vectors.json"));
        return path is not null && File.Exists(path) ? path : null;
    }

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CopyPath));
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
