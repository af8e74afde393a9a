using Parley.Core.Commands;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Store.Domain;
using Xunit;

namespace Parley.Store.Tests.PublicRecord;

/// <summary>
/// Once a party's own key is recorded, its officers are registered (and their keys rotated) only with that key's
/// endorsement, checked by the store against the log's origin before anything is decided.
/// </summary>
public sealed class OfficerEndorsementTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly NoteSigner _party = NoteSigner.Generate("ua.party");
    private readonly NoteSigner _officer = NoteSigner.Generate("ua.officer");
    private readonly NoteSigner _other = NoteSigner.Generate("ua.party");

    public void Dispose()
    {
        _party.Dispose();
        _officer.Dispose();
        _other.Dispose();
        _temp.Dispose();
    }

    private ParleyStore WithPartyKey()
    {
        var store = ParleyStore.Open(_temp.File("endorse.db"), OpenMode.CreateIfMissing);
        Assert.True(store.Execute(new RegisterParty("UA", "Ukraine")).Accepted);
        Assert.True(store.Execute(new RegisterPartyKey("UA", _party.Verifier.VerifierKey)).Accepted);
        return store;
    }

    private static void AssertRefused(ParleyStore store, Command command, string expected)
    {
        var before = store.Log.LastSequence;
        var outcome = store.Execute(command);
        Assert.False(outcome.Accepted);
        Assert.Contains(expected, outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(before, store.Log.LastSequence);
    }

    [Fact]
    public void an_officer_endorsed_by_the_partys_key_for_this_log_is_registered_with_the_endorsement_in_its_public_event()
    {
        using var store = WithPartyKey();
        var endorsement = OfficerEndorsement.Sign(_party, store.Origin, "UA", _officer.Verifier.VerifierKey);

        Assert.True(store.Execute(new RegisterOfficer("UA", "ua.officer", _officer.Verifier.VerifierKey, endorsement)).Accepted);

        Assert.Equal(_officer.Verifier.VerifierKey, store.State.Officers["ua.officer"].Key);
        var registered = store.Log.Read(store.Log.LastSequence).Single();
        Assert.Contains(endorsement, System.Text.Encoding.UTF8.GetString(registered.Public), StringComparison.Ordinal);
    }

    [Fact]
    public void without_an_endorsement_the_mediators_word_alone_no_longer_registers_an_officer()
    {
        using var store = WithPartyKey();

        AssertRefused(store, new RegisterOfficer("UA", "ua.officer", _officer.Verifier.VerifierKey), "officer-endorsement");
    }

    [Fact]
    public void an_endorsement_by_another_key_for_another_log_party_or_officer_key_is_refused_and_nothing_is_appended()
    {
        using var store = WithPartyKey();
        var key = _officer.Verifier.VerifierKey;
        using var stranger = NoteSigner.Generate("ua.officer");

        AssertRefused(store, new RegisterOfficer("UA", "ua.officer", key, OfficerEndorsement.Sign(_other, store.Origin, "UA", key)), "does not verify");
        AssertRefused(store, new RegisterOfficer("UA", "ua.officer", key, OfficerEndorsement.Sign(_party, "parley.example/another-log", "UA", key)), "does not verify");
        AssertRefused(store, new RegisterOfficer("UA", "ua.officer", key, OfficerEndorsement.Sign(_party, store.Origin, "RU", key)), "does not verify");
        AssertRefused(store, new RegisterOfficer("UA", "ua.officer", key, OfficerEndorsement.Sign(_party, store.Origin, "UA", stranger.Verifier.VerifierKey)), "does not verify");
        AssertRefused(store, new RegisterOfficer("UA", "ua.officer", key, "not base64!"), "does not verify");
    }

    [Fact]
    public void a_rotation_needs_the_partys_endorsement_of_the_new_key()
    {
        using var store = WithPartyKey();
        Assert.True(store.Execute(new RegisterOfficer("UA", "ua.officer", _officer.Verifier.VerifierKey,
            OfficerEndorsement.Sign(_party, store.Origin, "UA", _officer.Verifier.VerifierKey))).Accepted);
        using var replacement = NoteSigner.Generate("ua.officer");
        var key = replacement.Verifier.VerifierKey;

        AssertRefused(store, new RotateOfficerKey("ua.officer", key), "officer-endorsement");
        AssertRefused(store, new RotateOfficerKey("ua.officer", key, OfficerEndorsement.Sign(_party, store.Origin, "UA", _officer.Verifier.VerifierKey)), "does not verify");
        Assert.True(store.Execute(new RotateOfficerKey("ua.officer", key, OfficerEndorsement.Sign(_party, store.Origin, "UA", key))).Accepted);
        Assert.Equal(key, store.State.Officers["ua.officer"].Key);
    }

    [Fact]
    public void a_partys_key_is_recorded_once_must_be_a_signing_key_and_an_endorsement_without_one_is_refused()
    {
        using var store = ParleyStore.Open(_temp.File("once.db"), OpenMode.CreateIfMissing);
        Assert.True(store.Execute(new RegisterParty("UA", "Ukraine")).Accepted);
        using var witness = NoteSigner.Generate("ua.witness", SignatureType.Cosignature);

        AssertRefused(store, new RegisterPartyKey("UA", witness.Verifier.VerifierKey), "party-key-once");
        AssertRefused(store, new RegisterPartyKey("RU", _party.Verifier.VerifierKey), "not registered");
        AssertRefused(store, new RegisterOfficer("UA", "ua.officer", _officer.Verifier.VerifierKey, "AAAA"), "no key recorded");
        Assert.True(store.Execute(new RegisterPartyKey("UA", _party.Verifier.VerifierKey)).Accepted);
        AssertRefused(store, new RegisterPartyKey("UA", _other.Verifier.VerifierKey), "party-key-once");
    }
}
