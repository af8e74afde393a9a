using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Tests.Support;

namespace Parley.Ledger.Tests.Notes;

public partial class NoteTest
{
    private static string CheckpointVector(string name) => Vectors.Json.GetProperty("checkpoint").GetProperty(name).GetString()!;

    private static NoteSigner VectorSigner(SignatureType type = SignatureType.Ed25519) =>
        NoteSigner.FromSeed("parley.example/log", Convert.FromHexString(CheckpointVector("signer_seed_hex")), type);

    [Fact]
    public void The_vector_seed_gives_the_vector_verifier_key()
    {
        using var signer = VectorSigner();
        Assert.Equal(CheckpointVector("verifier_key"), signer.Verifier.VerifierKey);
        Assert.Equal(0xcf1167faU, signer.KeyId);
    }

    [Fact]
    public void The_vector_checkpoint_note_verifies_and_holds_the_root_of_the_eight_small_leaves()
    {
        var note = Note.Parse(CheckpointVector("note"));
        var verifier = NoteVerifier.Parse(CheckpointVector("verifier_key"));

        var checkpoint = Checkpoint.ParseVerified(note, [verifier]);

        Assert.Equal("parley.example/log", checkpoint.Origin);
        Assert.Equal(8, checkpoint.Size);
        Assert.Equal(Hash.FromHex(Vectors.Json.GetProperty("small").GetProperty("roots").GetProperty("8").GetString()!), checkpoint.RootHash);
    }

    [Fact]
    public void Signing_the_vector_checkpoint_with_the_vector_seed_reproduces_the_note_exactly()
    {
        using var signer = VectorSigner();
        var checkpoint = Checkpoint.Parse(Note.Parse(CheckpointVector("note")).Text);
        Assert.Equal(CheckpointVector("note"), checkpoint.Sign(signer).Format());
    }

    [Fact]
    public void The_tampered_vector_note_fails_verification_naming_the_key()
    {
        var note = Note.Parse(CheckpointVector("tampered_note_must_fail"));
        var verifier = NoteVerifier.Parse(CheckpointVector("verifier_key"));

        var error = Assert.Throws<NoteVerificationException>(() => note.Verify([verifier]));

        Assert.Equal("parley.example/log", error.KeyName);
    }

    [Fact]
    public void The_published_go_note_example_verifies()
    {
        var example = Vectors.Json.GetProperty("published_note_example");
        var verifier = NoteVerifier.Parse(example.GetProperty("verifier_key").GetString()!);
        var note = Note.Parse(example.GetProperty("note").GetString()!);

        var verified = note.Verify([verifier]);

        Assert.Single(verified);
        Assert.Equal("PeterNeumann", verified[0].Verifier.Name);
        Assert.StartsWith("If you think cryptography", note.Text);
        Assert.Equal(example.GetProperty("note").GetString(), note.Format());
    }

    [Fact]
    public void Signatures_by_unknown_keys_are_ignored_but_one_trusted_signature_is_required()
    {
        using var log = VectorSigner();
        using var stranger = NoteSigner.Generate("parley.example/log");
        var note = Note.Sign("hello\n", stranger, log);

        Assert.Single(note.Verify([log.Verifier]));
        var error = Assert.Throws<NoteVerificationException>(() => Note.Sign("hello\n", stranger).Verify([log.Verifier]));
        Assert.Contains("no signature by a trusted key", error.Message);
    }

    [Fact]
    public void A_signature_that_claims_a_trusted_key_but_does_not_verify_rejects_the_note()
    {
        using var log = VectorSigner();
        var good = Note.Sign("hello\n", log).Signatures[0];
        var forged = new Note("hello\n", [new NoteSignature(good.Name, good.KeyId, new byte[64])]);
        Assert.Throws<NoteVerificationException>(() => forged.Verify([log.Verifier]));
    }

    [Fact]
    public void A_private_key_round_trips_through_its_text_and_signs_the_same()
    {
        using var signer = NoteSigner.Generate("example.com/witness");
        var text = signer.FormatPrivateKey();
        Assert.StartsWith("PRIVATE+KEY+example.com/witness+", text);
        using var parsed = NoteSigner.Parse(text);
        Assert.Equal(signer.Verifier.VerifierKey, parsed.Verifier.VerifierKey);
        Assert.Equal(signer.Sign("a\n").ToLine(), parsed.Sign("a\n").ToLine());
        Assert.DoesNotContain(text, signer.ToString());
    }
}
