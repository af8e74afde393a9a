using System.Buffers.Binary;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Tests.Notes;

public class CosignatureTest
{
    private static readonly Checkpoint Checkpoint = new("parley.example/log", 8, MerkleHash.EmptyRoot);

    [Fact]
    public void A_cosignature_verifies_with_the_cosigner_key_and_carries_its_timestamp()
    {
        using var log = NoteSigner.Generate("parley.example/log");
        using var witness = NoteSigner.Generate("parley.example/party-a", SignatureType.Cosignature);
        var time = DateTimeOffset.FromUnixTimeSeconds(1679315147);

        var note = CosignatureV1.Cosign(Checkpoint.Sign(log), witness, time);

        var verified = Note.Parse(note.Format()).Verify([log.Verifier, witness.Verifier]);
        Assert.Equal(2, verified.Count);
        Assert.Null(verified[0].Timestamp);
        Assert.Equal(1679315147, verified[1].Timestamp);
        Assert.Single(note.Verify([witness.Verifier]));
    }

    [Fact]
    public void A_cosignature_is_timestamp_then_signature_under_a_type_4_key_id()
    {
        using var witness = NoteSigner.Generate("w", SignatureType.Cosignature);
        var signature = witness.Cosign(Checkpoint.ToText(), 42);
        Assert.Equal(72, signature.Signature.Length);
        Assert.Equal(42UL, BinaryPrimitives.ReadUInt64BigEndian(signature.Signature));
        Assert.Equal(KeyNames.KeyId("w", SignatureType.Cosignature, witness.Verifier.PublicKey), signature.KeyId);
        Assert.NotEqual(KeyNames.KeyId("w", SignatureType.Ed25519, witness.Verifier.PublicKey), signature.KeyId);
        Assert.Equal("cosignature/v1\ntime 42\n" + Checkpoint.ToText(), CosignatureV1.SignedMessage(Checkpoint.ToText(), 42));
    }

    [Fact]
    public void A_cosignature_with_an_altered_timestamp_fails()
    {
        using var witness = NoteSigner.Generate("w", SignatureType.Cosignature);
        var signature = witness.Cosign(Checkpoint.ToText(), 42).Signature;
        signature[7] ^= 1;
        var note = new Note(Checkpoint.ToText(), [new NoteSignature("w", witness.KeyId, signature)]);
        Assert.Throws<NoteVerificationException>(() => note.Verify([witness.Verifier]));
    }

    [Fact]
    public void A_cosignature_over_another_checkpoint_fails()
    {
        using var witness = NoteSigner.Generate("w", SignatureType.Cosignature);
        var signature = witness.Cosign(Checkpoint.ToText(), 42);
        var other = new Checkpoint("parley.example/log", 9, MerkleHash.EmptyRoot).ToText();
        Assert.Throws<NoteVerificationException>(() => new Note(other, [signature]).Verify([witness.Verifier]));
    }

    [Fact]
    public void A_cosigner_verifier_key_round_trips_with_type_byte_4()
    {
        using var witness = NoteSigner.Generate("witness.example/w1", SignatureType.Cosignature);
        var text = witness.Verifier.VerifierKey;
        var parsed = NoteVerifier.Parse(text);
        Assert.Equal(SignatureType.Cosignature, parsed.Type);
        Assert.Equal(0x04, Convert.FromBase64String(text.Split('+', 3)[2])[0]);
    }

    [Fact]
    public void The_spec_example_cosignature_line_carries_its_timestamp_after_the_key_id()
    {
        const string note = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
            + "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
            + "— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";
        var cosignature = Note.Parse(note).Signatures[1];
        Assert.Equal(72, cosignature.Signature.Length);
        Assert.Equal(1679315147UL, BinaryPrimitives.ReadUInt64BigEndian(cosignature.Signature));
    }

    [Fact]
    public void A_note_signer_cannot_cosign_and_a_cosigner_cannot_sign_plain_notes()
    {
        using var log = NoteSigner.Generate("l");
        using var witness = NoteSigner.Generate("w", SignatureType.Cosignature);
        Assert.Throws<InvalidOperationException>(() => log.Cosign("a\n", 1));
        Assert.Throws<InvalidOperationException>(() => witness.Sign("a\n"));
    }
}
