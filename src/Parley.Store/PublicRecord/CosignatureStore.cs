using System.Data.Common;
using Parley.Ledger;
using Parley.Ledger.Notes;

namespace Parley.Store.PublicRecord;

/// <summary>
/// Accepts witnesses' cosignatures (https://c2sp.org/tlog-cosignature) of checkpoints this log issued and keeps them in
/// the <c>cosignatures</c> table, on its own connection (it never takes part in event appends). A cosignature is kept
/// only after it verifies: Ed25519 over the cosignature/v1 message of exactly the issued checkpoint text, by a witness key
/// registered in the log. Otherwise a <see cref="CosignatureRejectedException"/> says why and nothing is stored.
/// Thread-safe (calls are serialised).
/// </summary>
public sealed class CosignatureStore : IDisposable
{
    private readonly Lock _gate = new();
    private readonly DbConnection _connection;
    private readonly PublicLog _log;

    private CosignatureStore(DbConnection connection, PublicLog log)
    {
        _connection = connection;
        _log = log;
    }

    /// <summary>Opens the cosignatures of the database <paramref name="log"/> reads, creating the table if it is new.</summary>
    public static CosignatureStore Open(PublicLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new CosignatureStore(log.Database.OpenWriter(), log);
    }

    /// <summary>
    /// Verifies and keeps the cosignatures on <paramref name="cosignedCheckpoint"/>: a signed note whose text is a
    /// checkpoint this log issued, carrying one or more witness cosignature lines (the log's own signature line may be
    /// there too and is left aside). Every other line must be a registered witness's valid cosignature.
    /// </summary>
    /// <exception cref="InvalidCosignatureException">Not a signed checkpoint, no cosignature, or a signature that does not verify.</exception>
    /// <exception cref="UnissuedCheckpointException">The log never issued that checkpoint text.</exception>
    /// <exception cref="UnknownWitnessException">A line is by a key that is not a witness of the log.</exception>
    public AcceptedCosignatures Accept(string cosignedCheckpoint)
    {
        ArgumentNullException.ThrowIfNull(cosignedCheckpoint);
        var (note, checkpoint) = Parse(cosignedCheckpoint);
        if (checkpoint.Origin != _log.Origin)
        {
            throw new UnissuedCheckpointException(checkpoint.Origin, checkpoint.Size, $"this log's origin is \"{_log.Origin}\"");
        }
        var issuedText = _log.CheckpointNote(checkpoint.Size)
            ?? throw new UnissuedCheckpointException(checkpoint.Origin, checkpoint.Size, $"the log signed no checkpoint of that size (its tree has {_log.TreeSize} entries)");
        var issued = Note.Parse(issuedText);
        if (issued.Text != note.Text)
        {
            throw new UnissuedCheckpointException(checkpoint.Origin, checkpoint.Size, $"the log's checkpoint of that size has root {Checkpoint.Parse(issued.Text).RootHash.ToBase64()}, not {checkpoint.RootHash.ToBase64()}");
        }
        var witnesses = _log.Witnesses();
        var accepted = new List<(Witness Witness, NoteSignature Line, long Time)>();
        foreach (var line in note.Signatures)
        {
            if (issued.Signatures.Any(s => s.Name == line.Name && s.KeyId == line.KeyId))
            {
                continue;
            }
            var witness = witnesses.FirstOrDefault(w => w.Signed(line))
                ?? throw new UnknownWitnessException(line.Name, line.KeyId, [.. witnesses.Select(w => w.Key.VerifierKey)]);
            if (!witness.Key.Verify(note.Text, line.Signature, out var time) || time is not { } timestamp)
            {
                throw new InvalidCosignatureException(line.Name,
                    $"the cosignature of witness \"{line.Name}\" does not verify over the cosignature/v1 message of this checkpoint ({checkpoint.Size} entries); it was altered or made for another checkpoint");
            }
            accepted.Add((witness, line, timestamp));
        }
        if (accepted.Count == 0)
        {
            throw new InvalidCosignatureException(null, $"the checkpoint of {checkpoint.Size} entries carries no witness cosignature; send the note that 'parley cosign' prints");
        }
        Store(checkpoint.Size, accepted);
        return new AcceptedCosignatures(checkpoint.Size, [.. accepted.Select(a => a.Witness.Key.Name).Distinct()]);
    }

    private static (Note Note, Checkpoint Checkpoint) Parse(string text)
    {
        try
        {
            var note = Note.Parse(text);
            return (note, Checkpoint.Parse(note.Text));
        }
        catch (LedgerException e)
        {
            throw new InvalidCosignatureException(null, $"the body is not a cosigned checkpoint (a C2SP signed note): {e.Message}");
        }
    }

    private void Store(long size, List<(Witness Witness, NoteSignature Line, long Time)> accepted)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = CosignatureTable.Upsert;
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            foreach (var (witness, line, time) in accepted)
            {
                command.Parameters.Clear();
                RecordSql.Add(command, "@size", size);
                RecordSql.Add(command, "@witness", witness.Key.Name);
                RecordSql.Add(command, "@keyId", (long)witness.Key.KeyId);
                RecordSql.Add(command, "@line", line.ToLine());
                RecordSql.Add(command, "@signedAt", time);
                RecordSql.Add(command, "@receivedAt", now);
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }
}
