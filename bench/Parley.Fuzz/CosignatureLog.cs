using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Ledger.Notes;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.PublicRecord;

namespace Parley.Fuzz;

/// <summary>
/// A small real log for the cosignature target: a party, and a witness registered with a fixed key, so that
/// well-formed cosignature lines reach the signature check. Made once per fuzzing process, in a temporary folder.
/// </summary>
public sealed class CosignatureLog
{
    /// <summary>The witness's seed: fixed, so the committed corpus holds lines by a registered witness.</summary>
    public static readonly byte[] WitnessSeed = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private CosignatureLog(CosignatureStore store) => Store = store;

    public CosignatureStore Store { get; }

    public static CosignatureLog Create()
    {
        var folder = Directory.CreateTempSubdirectory("parley-fuzz-log-").FullName;
        var db = Path.Combine(folder, "fuzz.db");
        using var witness = NoteSigner.FromSeed("parley.example/witness-ua", WitnessSeed, SignatureType.Cosignature);
        using (var store = ParleyStore.Open(db, OpenMode.CreateIfMissing))
        {
            store.Execute([new RegisterParty("UA", "Ukraine"), new RegisterOfficer("UA", witness.Name, witness.Verifier.VerifierKey)], actor: Actor.CommandLine);
        }
        var log = PublicLog.Open(db);
        return new CosignatureLog(CosignatureStore.Open(log));
    }
}
