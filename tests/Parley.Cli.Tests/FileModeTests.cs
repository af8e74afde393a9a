using Parley.Cli.Tests.PublicRecord;

namespace Parley.Cli.Tests;

/// <summary>
/// Issue 11: what holds personal data, salts or secrets is readable by its owner alone. A scanner walks everything
/// `parley` wrote — the database and its companions, reconciliation outputs, a signed submission, keys — and finds
/// no file with a group or other permission bit, and no folder Parley made that others may enter.
/// </summary>
public sealed class FileModeTests
{
    /// <summary>What the test itself wrote (command files, a submission before signing, a public verifier key).</summary>
    private static readonly HashSet<string> TestsOwn = ["setup.jsonl", "submission-1.json", "log.vkey"];

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task nothing_parley_writes_with_personal_data_is_readable_by_other_accounts()
    {
        using var record = await PublishedRecord.Create();
        var data = record.Folder.File("data");
        var db = Path.Combine(data, "nested", "parley.db");
        await PublishedRecord.Ok(ParleyCli.Run("apply", record.Folder.Write("setup.jsonl", CommandLines.Setup()), "--db", db));
        await PublishedRecord.Ok(ParleyCli.Run("synth", "--people", "200", "--seed", "3", "--out", Path.Combine(data, "lists")));
        var reconciled = await ParleyCli.Run("reconcile", Path.Combine(data, "lists", "left.csv"), Path.Combine(data, "lists", "right.csv"), "--out", Path.Combine(data, "rec"));
        Assert.True(reconciled.ExitCode == 0, reconciled.ToString());
        File.Copy(record.Sign(1, "B", 1, 2), Path.Combine(data, "signed.jsonl"));

        var files = Directory.EnumerateFiles(record.Folder.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(record.Published, StringComparison.Ordinal)) // the published log is public by design
            .ToList();
        Assert.Contains(files, f => f.EndsWith("parley.db", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("report.html", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("unmatched-right.csv", StringComparison.Ordinal));
        var open = files.Where(f => (File.GetUnixFileMode(f) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
            .Where(f => !TestsOwn.Contains(Path.GetFileName(f)))
            .Select(f => $"{Path.GetRelativePath(record.Folder.Path, f)} {File.GetUnixFileMode(f)}");
        Assert.Empty(open);
        foreach (var folder in new[] { Path.Combine(data, "nested"), Path.Combine(data, "rec") })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }
    }
}
