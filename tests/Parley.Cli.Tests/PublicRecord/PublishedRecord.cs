using Microsoft.Data.Sqlite;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Ledger.Tiles;
using Parley.Store.PublicRecord;

namespace Parley.Cli.Tests.PublicRecord;

/// <summary>
/// A database with an exchange, a registered officer and that officer's signed roster, published to a folder; plus the
/// tools a dishonest operator would use (edit rows, rewrite and re-sign the published tree) for the tampering trials.
/// </summary>
internal sealed class PublishedRecord : IDisposable
{
    private string? _origin;

    public TempFolder Folder { get; } = new();

    public string Db => Folder.File("parley.db");

    public string Published => Folder.File("published");

    public string LogKeyFile => Folder.File("log.vkey");

    public string OfficerKey => Folder.File("ua.key");

    /// <param name="origin">The log's origin; by default each new log gets a unique one.</param>
    public static async Task<PublishedRecord> Create(string? origin = null)
    {
        var record = new PublishedRecord();
        if (origin is not null)
        {
            using var log = Store.SqliteEventLog.Open(record.Db, Store.OpenMode.CreateIfMissing);
            PublicRecords.Attach(log, origin);
        }
        var officer = await Ok(ParleyCli.Run("keys", "new", "--name", "ua.officer", "--out", record.OfficerKey));
        List<string> setup =
        [
            .. CommandLines.Setup(),
            $$"""{"command":"register-officer","party":"UA","officer":"ua.officer","key":"{{officer.Output.Trim()}}"}""",
            CommandLines.List("A", 1, 2, 3),
        ];
        await Ok(ParleyCli.Run("apply", record.Folder.Write("setup.jsonl", setup), "--db", record.Db));
        await record.ApplySigned(1, "B", 11, 12);
        await Ok(ParleyCli.Run("publish", "--db", record.Db, "--out", record.Published));
        File.WriteAllText(record.LogKeyFile, (await Ok(ParleyCli.Run("keys", "show", "--db", record.Db))).Output);
        return record;
    }

    /// <summary>Signs a roster of side <paramref name="side"/> with the officer's key at <paramref name="counter"/> and applies it.</summary>
    public async Task<string> ApplySigned(long counter, string side, params int[] persons)
    {
        var signed = Sign(counter, side, persons);
        await Ok(ParleyCli.Run("apply", signed, "--db", Db));
        return signed;
    }

    /// <summary>The log's origin, as an officer reads it from the log's key (the name of <c>parley keys show</c>).</summary>
    public string Origin
    {
        get
        {
            if (_origin is null)
            {
                var key = Ok(ParleyCli.Run("keys", "show", "--db", Db)).GetAwaiter().GetResult().Output.Trim();
                _origin = key[..key.IndexOf('+', StringComparison.Ordinal)]; // key names hold no '+'; the key's base64 may
            }
            return _origin;
        }
    }

    public string Sign(long counter, string side, params int[] persons)
    {
        var submission = Folder.Write($"submission-{counter}.json", [$$"""{"party":"UA","counter":{{counter}},"command":{{CommandLines.List(side, persons)}}}"""]);
        var signed = Folder.File($"signed-{counter}.jsonl");
        var result = ParleyCli.Run("sign", "--key", OfficerKey, "--origin", Origin, submission, "--out", signed).GetAwaiter().GetResult();
        Assert.True(result.ExitCode == 0, result.ToString());
        return signed;
    }

    public static async Task<CliResult> Ok(Task<CliResult> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    public Task<CliResult> Verify(string? folder = null, params string[] extra) =>
        ParleyCli.Run(["verify", folder ?? Published, "--trust", LogKeyFile, .. extra]);

    /// <summary>Runs SQL on the database with the append-only triggers out of the way, as an operator with file access could.</summary>
    public void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete; " + sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The leaf data of every published entry, in order.</summary>
    public List<byte[]> PublishedLeaves(string? folder = null)
    {
        folder ??= Published;
        var checkpoint = Checkpoint.Parse(Note.Parse(File.ReadAllBytes(Path.Combine(folder, "checkpoint"))).Text);
        var leaves = new List<byte[]>();
        foreach (var tile in TileLayout.TilesFor(checkpoint.Size).Where(t => t.Level == 0))
        {
            leaves.AddRange(EntryBundle.Decode(File.ReadAllBytes(Path.Combine(folder, tile.EntriesPath)), tile));
        }
        return leaves;
    }

    /// <summary>
    /// What a dishonest operator holding the log key can do: publish a whole new tree of <paramref name="leaves"/>,
    /// correctly hashed, tiled and signed, into a fresh folder.
    /// </summary>
    public string Republish(IReadOnlyList<byte[]> leaves, string name)
    {
        var folder = Folder.File(name);
        var tree = new InMemoryHashStore();
        foreach (var leaf in leaves)
        {
            tree.AppendData(leaf);
        }
        foreach (var tile in TileLayout.TilesFor(leaves.Count))
        {
            Write(folder, tile.Path, TileLayout.ReadTile(tree, tile));
            if (tile.Level == 0)
            {
                var entries = leaves.Skip((int)(tile.Index * Tile.FullWidth)).Take(tile.Width).Select(l => (ReadOnlyMemory<byte>)l).ToList();
                Write(folder, tile.EntriesPath, EntryBundle.Encode(entries));
            }
        }
        using var signer = LogKey.Read(LogKey.PathFor(Db));
        var note = new Checkpoint(signer.Name, leaves.Count, tree.Root).Sign(signer);
        Write(folder, "checkpoint", System.Text.Encoding.UTF8.GetBytes(note.Format()));
        return folder;
    }

    /// <summary>Re-encodes leaf <paramref name="leaf"/> with changes.</summary>
    public static byte[] Change(byte[] leaf, Func<EventLeaf, EventLeaf> change) => change(EventLeaf.Decode(leaf)).Encode();

    private static void Write(string folder, string relative, byte[] content)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public void Dispose() => Folder.Dispose();
}
