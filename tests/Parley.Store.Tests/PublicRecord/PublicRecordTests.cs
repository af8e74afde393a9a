using Parley.Demo;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Ledger.Tiles;
using Parley.Store.Domain;
using Parley.Store.PublicRecord;
using Xunit;

namespace Parley.Store.Tests.PublicRecord;

public sealed class PublicRecordTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Demo(int batchSize = 5)
    {
        var path = _temp.File("demo.db");
        using var store = ParleyStore.Open(path, OpenMode.CreateIfMissing);
        store.Execute(IstanbulDemo.Commands(), batchSize);
        return path;
    }

    private static InMemoryHashStore Recompute(PublicLog log, long size)
    {
        var memory = new InMemoryHashStore();
        foreach (var leaf in log.ReadLeaves(1, (int)size))
        {
            memory.AppendData(leaf);
        }
        return memory;
    }

    [Fact]
    public void two_new_logs_from_databases_of_the_same_name_get_different_origins()
    {
        var first = PublicRecords.DefaultOrigin("/srv/a/parley.db");
        var second = PublicRecords.DefaultOrigin("/srv/b/parley.db");

        Assert.Matches(@"^parley\.example/parley-[0-9a-f]{8}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void every_commit_extends_the_tree_over_the_leaves_of_all_events_and_signs_a_checkpoint()
    {
        var path = Demo();
        using var log = PublicLog.Open(path);
        var verifier = LogKey.Read(LogKey.PathFor(path)).Verifier;
        var note = Note.Parse(log.LatestCheckpointNote()!);
        var checkpoint = Checkpoint.ParseVerified(note, [verifier]);
        Assert.Matches(@"^parley\.example/demo-[0-9a-f]{8}$", checkpoint.Origin);
        Assert.Equal(Sqlite.Scalar(path, "SELECT MAX(seq) FROM events"), checkpoint.Size);
        Assert.Equal(Recompute(log, checkpoint.Size).Root, checkpoint.RootHash);
        Assert.Equal(checkpoint.RootHash, log.RootAt(checkpoint.Size));
        Assert.True((long)Sqlite.Scalar(path, "SELECT COUNT(*) FROM checkpoints")! > 1);
    }

    [Fact]
    public void proofs_from_the_database_verify_against_the_roots_of_any_sizes()
    {
        var path = Demo();
        using var log = PublicLog.Open(path);
        var size = log.TreeSize;
        var memory = Recompute(log, size);
        var random = new Random(4);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.NextInt64(1, size + 1);
            var m = random.NextInt64(1, n + 1);
            var index = random.NextInt64(0, n);
            var leafHash = memory.ReadHash(0, index);
            Assert.True(MerkleProof.VerifyInclusion(leafHash, index, n, log.InclusionProof(index, n), log.RootAt(n)));
            Assert.True(MerkleProof.VerifyConsistency(m, n, log.RootAt(m), log.RootAt(n), log.ConsistencyProof(m, n)));
            Assert.Equal(new MerkleTree(memory).RootAt(n), log.RootAt(n));
        }
    }

    [Fact]
    public void tiles_in_the_database_equal_the_tiles_of_the_recomputed_tree()
    {
        var path = Demo();
        using var log = PublicLog.Open(path);
        var memory = Recompute(log, log.TreeSize);
        foreach (var tile in TileLayout.TilesFor(log.TreeSize))
        {
            Assert.Equal(TileLayout.ReadTile(memory, tile), log.ReadTile(tile));
        }
    }

    [Fact]
    public void private_parts_are_committed_with_a_fresh_salt_and_reveal_matches_the_leaf()
    {
        var path = Demo();
        using var log = PublicLog.Open(path);
        var withPrivate = (long)Sqlite.Scalar(path, "SELECT MIN(seq) FROM events WHERE private IS NOT NULL")!;
        var revealed = log.Reveal(withPrivate);
        Assert.True(revealed.Matches);
        var leaf = EventLeaf.Decode(log.ReadLeaves(withPrivate, 1)[0]);
        Assert.Equal(revealed.Commitment, leaf.Commitment);
        Assert.Equal(0L, Sqlite.Scalar(path, "SELECT COUNT(*) FROM (SELECT salt FROM events WHERE salt IS NOT NULL GROUP BY salt HAVING COUNT(*) > 1)"));
        Assert.Equal(Sqlite.Scalar(path, "SELECT COUNT(*) FROM events WHERE private IS NOT NULL"), Sqlite.Scalar(path, "SELECT COUNT(*) FROM events WHERE commitment IS NOT NULL"));
    }

    [Fact]
    public void reopening_resumes_the_tree_and_a_later_append_continues_it()
    {
        var path = _temp.File("resume.db");
        var commands = IstanbulDemo.Commands();
        using (var store = ParleyStore.Open(path, OpenMode.CreateIfMissing))
        {
            store.Execute(commands.Take(300).ToList(), 64);
        }
        using (var store = ParleyStore.Open(path, OpenMode.MustExist))
        {
            store.Execute(commands.Skip(300).ToList(), 1000);
        }
        using var log = PublicLog.Open(path);
        Assert.Equal(Recompute(log, log.TreeSize).Root, log.LatestCheckpoint()!.RootHash);
    }

    [Fact]
    public void the_log_key_is_kept_beside_the_database_readable_only_by_its_owner()
    {
        var path = Demo();
        var keyPath = LogKey.PathFor(path);
        Assert.True(File.Exists(keyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyPath));
        }
        using (var log = PublicLog.Open(path))
        {
            Assert.StartsWith($"PRIVATE+KEY+{log.Origin}+", File.ReadAllText(keyPath));
        }
        Assert.Equal(0L, Sqlite.Scalar(path, "SELECT COUNT(*) FROM meta WHERE CAST(value AS TEXT) LIKE 'PRIVATE%'"));
    }

    [Fact]
    public void a_missing_log_key_is_refused_once_checkpoints_exist()
    {
        var path = Demo();
        File.Delete(LogKey.PathFor(path));
        var error = Assert.Throws<LogKeyException>(() => ParleyStore.Open(path, OpenMode.MustExist));
        Assert.Contains("is missing", error.Message);
    }

    [Fact]
    public void a_log_written_without_the_ledger_is_hashed_when_the_ledger_is_attached()
    {
        var path = _temp.File("plain.db");
        using (var plain = SqliteEventLog.Open(path, OpenMode.CreateIfMissing))
        {
            plain.AppendBatch([new EventToAppend("x.y", 1, "{}"u8.ToArray(), "{\"n\":1}"u8.ToArray()), new EventToAppend("x.z", 2, "{}"u8.ToArray(), null)]);
        }
        using (var log = SqliteEventLog.Open(path, OpenMode.MustExist))
        {
            PublicRecords.Attach(log);
        }
        using var reader = PublicLog.Open(path);
        Assert.Equal(2, reader.TreeSize);
        Assert.True(reader.Reveal(1).Matches);
    }

    [Fact]
    public void a_failed_batch_leaves_neither_events_nor_tree_behind_and_the_next_one_continues_the_tree()
    {
        var path = _temp.File("atomic.db");
        using (var log = SqliteEventLog.Open(path, OpenMode.CreateIfMissing))
        {
            PublicRecords.Attach(log);
            log.AppendBatch([new EventToAppend("a.b", 1, "{}"u8.ToArray(), null)]);
            Assert.Throws<InvalidOperationException>(() =>
                log.AppendBatch([new EventToAppend("a.b", 2, "{}"u8.ToArray(), null)], _ => throw new InvalidOperationException("boom")));
            log.AppendBatch([new EventToAppend("a.c", 3, "{}"u8.ToArray(), null)]);
        }
        using var reader = PublicLog.Open(path);
        Assert.Equal(2, reader.TreeSize);
        Assert.Equal(Recompute(reader, 2).Root, reader.LatestCheckpoint()!.RootHash);
    }
}

public sealed class PublicRecordTests_Large : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void proofs_over_more_than_one_full_level_1_tile_match_a_tree_built_in_memory()
    {
        const int size = 70_000;
        var path = _temp.File("large.db");
        var memory = new InMemoryHashStore();
        using (var log = SqliteEventLog.Open(path, OpenMode.CreateIfMissing))
        {
            PublicRecords.Attach(log);
            for (var first = 0; first < size; first += 7_001)
            {
                log.AppendBatch(Enumerable.Range(first, Math.Min(7_001, size - first))
                    .Select(n => new EventToAppend("t.x", n, System.Text.Encoding.UTF8.GetBytes($"{{\"n\":{n}}}"), null)).ToList());
            }
        }
        using var reader = PublicLog.Open(path);
        foreach (var leaf in reader.ReadLeaves(1, size))
        {
            memory.AppendData(leaf);
        }
        var tree = new MerkleTree(memory);
        var random = new Random(70);
        Assert.Equal(memory.Root, reader.LatestCheckpoint()!.RootHash);
        for (var trial = 0; trial < 300; trial++)
        {
            var n = trial == 0 ? size : random.NextInt64(1, size + 1);
            var m = random.NextInt64(1, n + 1);
            var index = random.NextInt64(0, n);
            Assert.Equal(tree.InclusionProof(index, n), reader.InclusionProof(index, n));
            Assert.Equal(tree.ConsistencyProof(m, n), reader.ConsistencyProof(m, n));
        }
        foreach (var tile in TileLayout.TilesFor(size))
        {
            Assert.Equal(TileLayout.ReadTile(memory, tile), reader.ReadTile(tile));
        }
    }
}
