using System.Text.Json;
using Parley.Ledger;
using Parley.Ledger.Notes;

namespace Parley.Store.PublicRecord;

/// <summary>
/// The witnesses of the log and the checkpoints as published with their cosignatures (https://c2sp.org/tlog-cosignature,
/// several signature lines on one note as https://c2sp.org/signed-note allows; docs/public-record.md §5).
/// </summary>
public sealed partial class PublicLog
{
    private static readonly string KeyRevokedType = Core.Wire.WireTypes.NameOf<Core.Events.OfficerKeyRevoked>();

    private readonly List<Witness> _witnesses = [];
    private long _witnessesScannedThrough;

    /// <summary>
    /// The witnesses the log knows: every <c>officer.registered</c> event whose key is a cosignature/v1 key (type 0x04),
    /// in registration order, retired ones included (with the event that retired them). Read incrementally from the log.
    /// </summary>
    public IReadOnlyList<Witness> Witnesses()
    {
        lock (_gate)
        {
            return [.. ScanWitnesses(RecordSql.Long(_treeSize.ExecuteScalar()))];
        }
    }

    /// <summary>
    /// The log's published checkpoint: the largest one cosigned by every witness registered within it (a witness
    /// registered by event N must cosign every checkpoint of N or more entries), with the log's signature and all the
    /// cosignatures accepted for it. Before any witness is registered that is simply the newest checkpoint. The set of
    /// such checkpoints only grows, so the published checkpoint never goes back. Null when there is none yet.
    /// </summary>
    public string? WitnessedCheckpointNote()
    {
        lock (_gate)
        {
            var treeSize = RecordSql.Long(_treeSize.ExecuteScalar());
            var witnesses = ScanWitnesses(treeSize);
            if (treeSize == 0)
            {
                return null;
            }
            // Every witness ever registered is retired (or none was): the newest checkpoint needs no cosignature.
            var best = witnesses.All(w => !w.Required(treeSize)) ? treeSize : LargestCheckpointBelow(witnesses.Min(w => w.RegisteredAt));
            foreach (var (size, cosigners) in CosignatureTable.BySize(_connection, _database))
            {
                if (size <= (best ?? 0))
                {
                    break;
                }
                if (witnesses.Where(w => w.Required(size)).All(w => cosigners.Contains((w.Key.Name, w.Key.KeyId))))
                {
                    best = size;
                    break;
                }
            }
            return best is { } chosen ? CosignedNote(chosen) : null;
        }
    }

    /// <summary>The newest checkpoint with the cosignatures accepted for it so far: what witnesses cosign next.</summary>
    public string? LatestCosignedCheckpointNote()
    {
        lock (_gate)
        {
            var treeSize = RecordSql.Long(_treeSize.ExecuteScalar());
            return treeSize == 0 ? null : CosignedNote(treeSize);
        }
    }

    /// <summary>The checkpoint of exactly <paramref name="size"/> entries with its accepted cosignatures; null if never issued.</summary>
    public string? CosignedCheckpointNote(long size)
    {
        lock (_gate)
        {
            return CosignedNote(size);
        }
    }

    private string? CosignedNote(long size)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT note FROM checkpoints WHERE size = @size;";
        RecordSql.Add(command, "@size", size);
        if (command.ExecuteScalar() is not string note)
        {
            return null;
        }
        var lines = CosignatureTable.Lines(_connection, _database, size).Take(Note.MaxSignatures - 1);
        return note + string.Concat(lines.Select(l => l + "\n"));
    }

    private long? LargestCheckpointBelow(long size)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT MAX(size) FROM checkpoints WHERE size < @size;";
        RecordSql.Add(command, "@size", size);
        return command.ExecuteScalar() is long found ? found : null;
    }

    /// <summary>The witnesses registered by events up to <paramref name="through"/>, scanning only events not seen before.</summary>
    private List<Witness> ScanWitnesses(long through)
    {
        if (through <= _witnessesScannedThrough)
        {
            return _witnesses;
        }
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT seq, type, public FROM events WHERE seq > @after AND seq <= @through AND type IN (@registered, @revoked) ORDER BY seq;";
        RecordSql.Add(command, "@registered", Core.Wire.WireTypes.NameOf<Core.Events.OfficerRegistered>());
        RecordSql.Add(command, "@revoked", KeyRevokedType);
        RecordSql.Add(command, "@after", _witnessesScannedThrough);
        RecordSql.Add(command, "@through", through);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var sequence = reader.GetInt64(0);
                var publicPart = (byte[])reader[2];
                if (reader.GetString(1) == KeyRevokedType)
                {
                    Retire(sequence, publicPart);
                }
                else if (AsWitness(sequence, publicPart) is { } witness)
                {
                    _witnesses.Add(witness);
                }
            }
        }
        _witnessesScannedThrough = through;
        return _witnesses;
    }

    /// <summary>Marks the witness an <c>officer.key-revoked</c> event names (if it names one) as retired by that event.</summary>
    private void Retire(long sequence, byte[] publicPart)
    {
        try
        {
            using var json = JsonDocument.Parse(publicPart);
            if (json.RootElement.TryGetProperty("officer", out var officer) && officer.ValueKind == JsonValueKind.String)
            {
                var index = _witnesses.FindIndex(w => w.Key.Name == officer.GetString() && w.RetiredAt is null);
                if (index >= 0)
                {
                    _witnesses[index] = _witnesses[index] with { RetiredAt = sequence };
                }
            }
        }
        catch (JsonException)
        {
        }
    }

    private static Witness? AsWitness(long sequence, byte[] publicPart)
    {
        try
        {
            using var json = JsonDocument.Parse(publicPart);
            if (!json.RootElement.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String
                || !json.RootElement.TryGetProperty("party", out var party) || party.ValueKind != JsonValueKind.String)
            {
                return null;
            }
            var verifier = NoteVerifier.Parse(key.GetString()!);
            return verifier.Type == SignatureType.Cosignature ? new Witness(verifier, party.GetString()!, sequence) : null;
        }
        catch (Exception e) when (e is JsonException or LedgerException)
        {
            return null;
        }
    }
}
