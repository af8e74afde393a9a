using Npgsql;
using Parley.Demo;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Ledger.Tiles;
using Parley.Store.Domain;
using Parley.Store.PublicRecord;
using Xunit;

namespace Parley.Store.Tests.PublicRecord;

/// <summary>
/// The public record on PostgreSQL: the same ledger code as on SQLite (LedgerAppender over the log's connection) seals,
/// hashes, tiles and signs inside each append; the key lives in the file given at the edge.
/// </summary>
public sealed class PostgresPublicRecordTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _database = cluster.CreateDatabase();

    public void Dispose() => _temp.Dispose();

    private string KeyPath => _temp.File("log.key");

    private StoreSettings Settings => new() { LogKeyPath = KeyPath };

    private void Demo(int take = 700, int batchSize = 64)
    {
        using var store = ParleyStore.Open(_database, OpenMode.CreateIfMissing, settings: Settings);
        store.Execute(IstanbulDemo.Commands().Take(take).ToList(), batchSize);
    }

    private object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
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
    public void every_commit_on_postgres_extends_the_tree_over_all_events_and_signs_a_checkpoint_with_the_given_key()
    {
        Demo();
        using var log = PublicLog.Open(_database);
        using var signer = LogKey.Read(KeyPath);
        var checkpoint = Checkpoint.ParseVerified(Note.Parse(log.LatestCheckpointNote()!), [signer.Verifier]);

        Assert.Matches(@"^parley\.example/[^/]+-[0-9a-f]{8}$", checkpoint.Origin);
        Assert.Equal((long)Scalar("SELECT MAX(seq) FROM events")!, checkpoint.Size);
        Assert.True(checkpoint.Size > Tile.FullWidth, $"the demo slice should fill a tile; it has {checkpoint.Size} events");
        Assert.Equal(Recompute(log, checkpoint.Size).Root, checkpoint.RootHash);
        Assert.True((long)Scalar("SELECT COUNT(*) FROM checkpoints")! > 1);
        Assert.Equal(0L, (long)Scalar("SELECT COUNT(*) FROM events WHERE leaf_hash IS NULL")!);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
        }
    }

    [Fact]
    public void proofs_and_tiles_from_postgres_match_the_recomputed_tree()
    {
        Demo();
        using var log = PublicLog.Open(_database);
        var size = log.TreeSize;
        var memory = Recompute(log, size);
        foreach (var tile in TileLayout.TilesFor(size))
        {
            Assert.Equal(TileLayout.ReadTile(memory, tile), log.ReadTile(tile));
        }
        var random = new Random(17);
        for (var trial = 0; trial < 100; trial++)
        {
            var n = random.NextInt64(1, size + 1);
            var m = random.NextInt64(1, n + 1);
            var index = random.NextInt64(0, n);
            Assert.True(MerkleProof.VerifyInclusion(memory.ReadHash(0, index), index, n, log.InclusionProof(index, n), log.RootAt(n)));
            Assert.True(MerkleProof.VerifyConsistency(m, n, log.RootAt(m), log.RootAt(n), log.ConsistencyProof(m, n)));
        }
    }

    [Fact]
    public void two_writers_taking_turns_leave_tiles_and_every_checkpoint_matching_the_recomputed_tree()
    {
        using var first = EventLogs.Open(_database, OpenMode.CreateIfMissing);
        PublicRecords.Attach(first, logKeyPath: KeyPath);
        using var second = EventLogs.Open(_database, OpenMode.MustExist);
        PublicRecords.Attach(second, logKeyPath: KeyPath);
        var random = new Random(23);
        // Batches of 1 to 40 events, each writer following the other's leaves, across more than two full tiles.
        var appended = 0;
        for (var turn = 0; appended < 2 * Tile.FullWidth + 100; turn++)
        {
            var writer = turn % 3 == 2 ? first : second;
            var events = Enumerable.Range(0, random.Next(1, 41))
                .Select(i => new EventToAppend("t.e", turn, "{}"u8.ToArray(), i % 2 == 0 ? "{\"n\":1}"u8.ToArray() : null))
                .ToList();
            writer.AppendBatch(events);
            appended += events.Count;
        }

        using var log = PublicLog.Open(_database);
        var size = log.TreeSize;
        var memory = Recompute(log, size);
        foreach (var tile in TileLayout.TilesFor(size))
        {
            Assert.Equal(TileLayout.ReadTile(memory, tile), log.ReadTile(tile));
        }
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT note FROM checkpoints ORDER BY size", connection);
        using var notes = command.ExecuteReader();
        var checkpoints = 0;
        while (notes.Read())
        {
            var checkpoint = Checkpoint.Parse(Note.Parse(notes.GetString(0)).Text);
            var recomputed = new InMemoryHashStore();
            foreach (var leaf in log.ReadLeaves(1, (int)checkpoint.Size))
            {
                recomputed.AppendData(leaf);
            }
            Assert.Equal(recomputed.Root, checkpoint.RootHash);
            checkpoints++;
        }
        Assert.True(checkpoints > 20, $"expected a checkpoint per batch; got {checkpoints}");
    }

    [Fact]
    public void private_parts_on_postgres_are_committed_and_reveal_matches_the_leaf()
    {
        Demo();
        using var log = PublicLog.Open(_database);
        var withPrivate = (long)Scalar("SELECT MIN(seq) FROM events WHERE private IS NOT NULL")!;
        var revealed = log.Reveal(withPrivate);

        Assert.True(revealed.Matches);
        Assert.Equal(revealed.Commitment, EventLeaf.Decode(log.ReadLeaves(withPrivate, 1)[0]).Commitment);
        Assert.Equal(Scalar("SELECT COUNT(*) FROM events WHERE private IS NOT NULL"), Scalar("SELECT COUNT(*) FROM events WHERE commitment IS NOT NULL"));
    }

    [Fact]
    public void reopening_on_postgres_resumes_the_tree_and_a_failed_batch_leaves_no_trace()
    {
        Demo(take: 300);
        using (var log = EventLogs.Open(_database, OpenMode.MustExist))
        {
            PublicRecords.Attach(log, logKeyPath: KeyPath);
            Assert.Throws<InvalidOperationException>(() =>
                log.AppendBatch([new EventToAppend("a.b", 2, "{}"u8.ToArray(), null)], _ => throw new InvalidOperationException("boom")));
            log.AppendBatch([new EventToAppend("a.c", 3, "{}"u8.ToArray(), "{\"n\":1}"u8.ToArray())]);
        }
        using var reader = PublicLog.Open(_database);
        Assert.Equal((long)Scalar("SELECT MAX(seq) FROM events")!, reader.TreeSize);
        Assert.Equal(Recompute(reader, reader.TreeSize).Root, reader.LatestCheckpoint()!.RootHash);
    }

    [Fact]
    public void a_log_written_on_postgres_without_the_ledger_is_hashed_when_the_ledger_is_attached()
    {
        using (var plain = EventLogs.Open(_database, OpenMode.CreateIfMissing))
        {
            plain.AppendBatch([new EventToAppend("x.y", 1, "{}"u8.ToArray(), "{\"n\":1}"u8.ToArray()), new EventToAppend("x.z", 2, "{}"u8.ToArray(), null)]);
        }
        using (var log = EventLogs.Open(_database, OpenMode.MustExist))
        {
            PublicRecords.Attach(log, logKeyPath: KeyPath);
        }
        using var reader = PublicLog.Open(_database);
        Assert.Equal(2, reader.TreeSize);
        Assert.True(reader.Reveal(1).Matches);
    }

    [Fact]
    public void a_postgres_log_without_a_key_file_given_is_refused_naming_the_option()
    {
        var error = Assert.Throws<LogKeyException>(() => ParleyStore.Open(_database, OpenMode.CreateIfMissing));

        Assert.Contains("--log-key FILE", error.Message, StringComparison.Ordinal);
        Assert.Contains("PARLEY_LOG_KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(cluster.Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_missing_or_foreign_key_is_refused_once_the_postgres_log_has_checkpoints()
    {
        Demo(take: 50);
        var moved = _temp.File("moved.key");
        File.Move(KeyPath, moved);

        var missing = Assert.Throws<LogKeyException>(() => ParleyStore.Open(_database, OpenMode.MustExist, settings: Settings));
        using (var other = NoteSigner.Generate("parley.example/other"))
        {
            LogKey.WritePrivateKey(KeyPath, other.FormatPrivateKey());
        }
        var foreign = Assert.Throws<LogKeyException>(() => ParleyStore.Open(_database, OpenMode.MustExist, settings: Settings));

        Assert.Contains("is missing", missing.Message, StringComparison.Ordinal);
        Assert.Contains("use the key that belongs to this database", foreign.Message, StringComparison.Ordinal);
        File.Delete(KeyPath);
        File.Move(moved, KeyPath);
        using var store = ParleyStore.Open(_database, OpenMode.MustExist, settings: Settings);
        Assert.True(store.Log.HasLedger);
    }
}
