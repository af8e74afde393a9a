using System.Data.Common;
using Parley.Ledger;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Store.Domain;
using Parley.Store.PublicRecord;

namespace Parley.Store.Copy;

/// <summary>
/// <c>parley copy</c>: moves a whole Parley record from one database to another — SQLite or PostgreSQL, either way —
/// and proves the copy before committing it. The events go row for row with every column (public and private parts,
/// salts, commitments, signatures, leaf hashes; an erased private part stays erased), the public record's tables and the
/// tokens as they are, the log's origin with them; the projections are rebuilt on the target from the copied log. The
/// source is read from one snapshot; the target is written in one transaction, which commits only when, read back inside
/// it, the target's events, tables, Merkle root (from its rows and from its tiles) and projections equal the source's,
/// and the source's last checkpoint verifies with the log's key and names that root (docs/deployment.md §4).
/// </summary>
public static class RecordCopy
{
    private const int ProgressEvery = 1024;

    /// <exception cref="CopyRefusedException">Nothing to copy, or the target is the source or holds a record.</exception>
    /// <exception cref="CopyFailedException">A check failed or the target refused a row; the copy rolled back.</exception>
    /// <exception cref="LogKeyException">The log's key cannot be found, is not this log's, or would overwrite another.</exception>
    /// <exception cref="StoreException">A database is missing, not Parley's, of a newer schema, or unreachable.</exception>
    public static CopyResult Run(CopyRequest request, IProgress<CopyProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = DatabaseAddress.Parse(request.From);
        var to = DatabaseAddress.Parse(request.To);
        if (Same(from, to))
        {
            throw CopyRefusedException.SameDatabase(to.Display);
        }
        using var source = CopySource.Open(from);
        var last = source.Rows.Long("SELECT COALESCE(MAX(seq), 0) FROM events;");
        if (last == 0)
        {
            throw CopyRefusedException.EmptySource(from.Display);
        }
        var meta = source.Rows.Meta();
        var origin = meta.FirstOrDefault(m => m.Key == PublicRecords.OriginKey).Value;
        var checkpointSize = source.Rows.Long("SELECT COALESCE(MAX(size), 0) FROM checkpoints;");
        if (origin is null || checkpointSize != last)
        {
            throw CopyRefusedException.Unsealed(from.Display, last, checkpointSize);
        }
        using var target = CopyTarget.Open(to);
        // After the target is open: a target that holds a record is refused for that, whatever key file lies beside it.
        using var keys = CopyKeys.Resolve(request, from, to, origin);
        var note = (string)source.Rows.Scalar($"SELECT note FROM checkpoints WHERE size = {checkpointSize};")!;
        var checkpoint = Verified(note, keys.Verifier, from.Display);
        try
        {
            var result = Copy(source, target, last, meta, checkpoint, progress) with
            {
                From = from.Display,
                To = to.Display,
                Origin = origin,
                KeyPath = keys.TargetPath,
                Key = keys.Transfer,
            };
            keys.Install();
            try
            {
                target.Commit();
            }
            catch
            {
                keys.Uninstall();
                throw;
            }
            return result;
        }
        catch (DbException e) when (target.Map(e) is StoreException mapped)
        {
            throw mapped;
        }
        catch (DbException e)
        {
            throw new CopyFailedException(target.Location, $"the target refused a row: {FirstLine(e.Message)}", e);
        }
        catch (CorruptLogException e)
        {
            throw new CopyFailedException(target.Location, e.Message, e);
        }
    }

    private static CopyResult Copy(CopySource source, CopyTarget target, long last, IReadOnlyList<(string Key, string Value)> meta, Checkpoint checkpoint, IProgress<CopyProgress>? progress)
    {
        // The events, each checked against its leaf hash and commitment, hashed into the tree and folded as it goes.
        var fold = new LogFold(source.Location);
        var tree = new MerkleTreeBuilder();
        var completed = new List<SubtreeHash>();
        using var sourceEvents = new RowDigest();
        long bytes = 0;
        using (var sink = target.Sink(RecordTables.Events))
        {
            foreach (var row in source.Rows.Read(RecordTables.Events))
            {
                var stored = CheckedEvent(row, sourceEvents.Rows + 1, source.Location, target.Location, out var leaf);
                completed.Clear();
                tree.Append(leaf, completed);
                fold.Apply(stored);
                sourceEvents.Add(row);
                bytes += stored.Public.Length + (stored.Private?.Length ?? 0);
                sink.Write(row);
                if (sourceEvents.Rows % ProgressEvery == 0)
                {
                    progress?.Report(new CopyProgress(CopyStage.Events, sourceEvents.Rows, last));
                }
            }
            sink.Complete();
        }
        progress?.Report(new CopyProgress(CopyStage.Events, sourceEvents.Rows, last));
        if (sourceEvents.Rows != last)
        {
            throw new CopyFailedException(target.Location, $"the source's snapshot held {sourceEvents.Rows} events, not {last}");
        }
        var root = tree.Root;
        if (root != checkpoint.RootHash)
        {
            throw new CopyFailedException(target.Location,
                $"the source's events hash to root {root} at size {last}, but its last checkpoint names {checkpoint.RootHash}");
        }

        // The public record's tables and the tokens, as they are; the origin with them.
        var tables = new List<(RecordTable Table, long Rows, string Digest)>();
        foreach (var table in RecordTables.Verbatim)
        {
            progress?.Report(new CopyProgress(CopyStage.Tables, tables.Count, RecordTables.Verbatim.Count));
            using var digest = new RowDigest();
            using (var sink = target.Sink(table))
            {
                foreach (var row in source.Rows.Read(table))
                {
                    digest.Add(row);
                    sink.Write(row);
                }
                sink.Complete();
            }
            tables.Add((table, digest.Rows, digest.Finish()));
        }
        foreach (var (key, value) in meta)
        {
            target.SetMeta(key, value);
        }

        // The projections, rebuilt from the copied log as `parley rebuild` writes them.
        var state = fold.Finish();
        progress?.Report(new CopyProgress(CopyStage.Projections, 0, 1));
        var writer = target.Projections(last);
        writer.ClearProjections();
        writer.SetProjectedThrough(last);
        var documents = new ProjectionBuffer(last);
        Projections.Write(state, Projections.AllKeys(state), documents);
        Projections.WriteFormat(documents);
        using (var sink = target.Sink(RecordTables.Projections))
        {
            foreach (var row in documents.Rows)
            {
                sink.Write(row);
            }
            sink.Complete();
        }
        progress?.Report(new CopyProgress(CopyStage.Projections, 1, 1));

        // Read back inside the transaction: the commit happens only if the target says what the source says.
        var targetEvents = CheckTargetEvents(target, last, root, progress);
        if (targetEvents != sourceEvents.Finish())
        {
            throw new CopyFailedException(target.Location, "the target's event rows, read back, differ from the source's");
        }
        using (var tiles = new TileHashReader(target.Connection) { Transaction = target.Transaction })
        {
            var fromTiles = MerkleTreeBuilder.Resume(last, tiles).Root;
            if (fromTiles != root)
            {
                throw new CopyFailedException(target.Location, $"the target's Merkle tiles give root {fromTiles} at size {last}, not the source's {root}");
            }
        }
        var copied = new List<CopiedTable>();
        foreach (var (table, rows, digest) in tables)
        {
            var readBack = Digest(target.Rows, table);
            if (readBack != digest)
            {
                throw new CopyFailedException(target.Location, $"the target's {table.Name}, read back, differ from the source's");
            }
            copied.Add(new CopiedTable(table.Name, rows, digest));
        }
        var targetNote = (string?)target.Rows.Scalar($"SELECT note FROM checkpoints WHERE size = {last};");
        if (targetNote is null || Checkpoint.Parse(Note.Parse(targetNote).Text) != checkpoint)
        {
            throw new CopyFailedException(target.Location, $"the target's checkpoint at size {last} is not the source's");
        }
        var sourceProjections = Digest(source.Rows, RecordTables.Projections);
        var targetProjections = Digest(target.Rows, RecordTables.Projections);
        if (sourceProjections != targetProjections)
        {
            throw new CopyFailedException(target.Location,
                $"the projections rebuilt from the copied log (digest {targetProjections[..16]}…) differ from the source's (digest {sourceProjections[..16]}…): the source's documents are not what its log says; run parley rebuild --db SOURCE, then copy again");
        }
        return new CopyResult
        {
            From = source.Location,
            To = target.Location,
            Origin = "",
            Events = last,
            EventBytes = bytes,
            Root = root.ToString(),
            CheckpointSize = checkpoint.Size,
            EventsDigest = targetEvents,
            ProjectionDocuments = documents.Count,
            SourceProjectionsDigest = sourceProjections,
            TargetProjectionsDigest = targetProjections,
            Tables = copied,
            KeyPath = "",
            Key = KeyTransfer.SameFile,
        };
    }

    /// <summary>
    /// A source row as a stored event, after checking that it is the next one, is sealed, matches its leaf hash (its
    /// content is what the public record committed to) and, with a private part, its commitment.
    /// </summary>
    private static StoredEvent CheckedEvent(object?[] row, long expected, string source, string target, out Hash leaf)
    {
        var sequence = (long)row[0]!;
        var type = (string)row[1]!;
        var recordedAt = (long)row[2]!;
        var publicPart = (byte[])row[3]!;
        var privatePart = row[4] as byte[];
        var salt = row[5] as byte[];
        var commitment = row[6] is byte[] c && c.Length == Hash.Size ? new Hash(c) : (Hash?)null;
        var signature = row[7] is long keyId && row[8] is byte[] s && s.Length == LeafSignature.SignatureSize ? new LeafSignature((uint)keyId, s) : null;
        if (sequence != expected)
        {
            throw new CopyFailedException(target, $"the source {source} is not gapless: event {sequence} follows event {expected - 1}");
        }
        if (row[9] is not byte[] stored || stored.Length != Hash.Size)
        {
            throw new CopyFailedException(target, $"the source's event {sequence} ({type}) has no leaf hash; open the source once with parley (parley rebuild --db SOURCE) to seal it");
        }
        if ((row[6] is not null && commitment is null) || ((row[7] is null) != (row[8] is null)) || (row[7] is not null && signature is null))
        {
            throw new CopyFailedException(target, $"the source's event {sequence} ({type}) has a malformed commitment or signature");
        }
        leaf = EventLeaf.ComputeLeafHash(sequence, type, recordedAt, publicPart, commitment, signature);
        if (leaf != new Hash(stored))
        {
            throw new CopyFailedException(target, $"the source's event {sequence} ({type}) does not match its leaf hash: it was changed after it was recorded");
        }
        if (privatePart is not null && (salt is null || commitment is not { } committed || !Commitment.Matches(committed, salt, privatePart)))
        {
            throw new CopyFailedException(target, $"the private part of the source's event {sequence} ({type}) does not match its commitment: it was changed after it was recorded");
        }
        return new StoredEvent(sequence, type, recordedAt, publicPart, privatePart);
    }

    /// <summary>Reads the target's events back: the rows' digest, each leaf recomputed from its row, and the root they give.</summary>
    private static string CheckTargetEvents(CopyTarget target, long last, Hash root, IProgress<CopyProgress>? progress)
    {
        using var digest = new RowDigest();
        var tree = new MerkleTreeBuilder();
        var completed = new List<SubtreeHash>();
        foreach (var row in target.Rows.Read(RecordTables.Events))
        {
            CheckedEvent(row, digest.Rows + 1, target.Location, target.Location, out var leaf);
            completed.Clear();
            tree.Append(leaf, completed);
            digest.Add(row);
            if (digest.Rows % ProgressEvery == 0)
            {
                progress?.Report(new CopyProgress(CopyStage.Checking, digest.Rows, last));
            }
        }
        progress?.Report(new CopyProgress(CopyStage.Checking, digest.Rows, last));
        if (tree.Size != last || tree.Root != root)
        {
            throw new CopyFailedException(target.Location, $"the target's events, read back, give root {tree.Root} at size {tree.Size}, not the source's {root} at {last}");
        }
        return digest.Finish();
    }

    private static string Digest(RecordRows rows, RecordTable table)
    {
        using var digest = new RowDigest();
        foreach (var row in rows.Read(table))
        {
            digest.Add(row);
        }
        return digest.Finish();
    }

    /// <summary>The source's last checkpoint, verified with the log's key.</summary>
    private static Checkpoint Verified(string note, NoteVerifier verifier, string source)
    {
        try
        {
            return Checkpoint.ParseVerified(Note.Parse(note), [verifier]);
        }
        catch (LedgerException e)
        {
            throw new LogKeyException(source, $"the source's last checkpoint does not verify with the key {verifier.Name} ({e.Message}); give the source's own key file with --from-log-key FILE", e);
        }
    }

    /// <summary>Whether both addresses name the same database (the same file, or the same host, port and database).</summary>
    private static bool Same(DatabaseAddress from, DatabaseAddress to) => (from, to) switch
    {
        (SqliteDatabase a, SqliteDatabase b) => RealPath(a.Path) == RealPath(b.Path),
        (PostgresDatabase a, PostgresDatabase b) => ServerAndDatabase(a).Equals(ServerAndDatabase(b), StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>host:port/database of a PostgreSQL address, whoever connects.</summary>
    private static string ServerAndDatabase(PostgresDatabase address)
    {
        var rest = address.Display["postgres://".Length..];
        return rest[(rest.IndexOf('@', StringComparison.Ordinal) + 1)..];
    }

    private static string RealPath(string path) =>
        File.Exists(path) ? File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path) : Path.GetFullPath(path);

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
