using System.Collections.Immutable;
using System.Text;
using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Store.Domain;
using Parley.Store.PublicRecord;
using Xunit;

namespace Parley.Store.Tests.PublicRecord;

public sealed class SignedSubmissionTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly NoteSigner _officer = NoteSigner.Generate("ua.officer");

    public void Dispose()
    {
        _officer.Dispose();
        _temp.Dispose();
    }

    private ParleyStore Setup()
    {
        var store = ParleyStore.Open(_temp.File("signed.db"), OpenMode.CreateIfMissing);
        var setup = Parley.Demo.IstanbulDemo.Commands().TakeWhile(c => c.Command is not (ListPersons or SubmitList)).ToList();
        foreach (var outcome in store.Execute(setup))
        {
            Assert.True(outcome.Accepted, outcome.Reason);
        }
        Assert.True(store.Execute(new RegisterOfficer("UA", "ua.officer", _officer.Verifier.VerifierKey)).Accepted);
        return store;
    }

    private SignedSubmission Sign(long counter, string person, string? exchange = null, string? origin = null, DateTimeOffset? notAfter = null, NoteSigner? key = null, ParleyStore? store = null)
    {
        var text = $$"""{"command":"list-persons","exchange":"{{Parley.Demo.IstanbulDemo.May}}","side":"B","persons":[{"person":"{{person}}","names":["Test Person"]}]}""";
        var inner = new ListPersons(Parley.Demo.IstanbulDemo.May, Side.B,
            [RosterEntry.Of(person, new PersonDetails([new PersonName("Test Person")], null, [], ImmutableSortedDictionary<string, string>.Empty))]);
        var salt = Commitment.NewSalt();
        origin ??= store?.Origin ?? "parley.example/unknown";
        var until = notAfter ?? DateTimeOffset.UtcNow.AddHours(1);
        var statement = new Submission(exchange ?? Parley.Demo.IstanbulDemo.May, "UA", "ua.officer", counter, inner.Name, Commitment.Compute(salt, Encoding.UTF8.GetBytes(text)), origin, until);
        var submitted = new SubmitSigned(Parley.Demo.IstanbulDemo.May, "UA", "ua.officer", counter, text, inner, origin, NodaTime.Instant.FromDateTimeOffset(statement.NotAfter!.Value));
        return new SignedSubmission(submitted, salt, statement.Sign(key ?? _officer));
    }

    /// <summary>A version 1 submission, as entries recorded before version 2 carry.</summary>
    private SignedSubmission SignV1(long counter, string person)
    {
        var text = $$"""{"command":"list-persons","exchange":"{{Parley.Demo.IstanbulDemo.May}}","side":"B","persons":[{"person":"{{person}}","names":["Test Person"]}]}""";
        var inner = new ListPersons(Parley.Demo.IstanbulDemo.May, Side.B,
            [RosterEntry.Of(person, new PersonDetails([new PersonName("Test Person")], null, [], ImmutableSortedDictionary<string, string>.Empty))]);
        var salt = Commitment.NewSalt();
        var statement = new Submission(Parley.Demo.IstanbulDemo.May, "UA", "ua.officer", counter, inner.Name, Commitment.Compute(salt, Encoding.UTF8.GetBytes(text)));
        return new SignedSubmission(new SubmitSigned(Parley.Demo.IstanbulDemo.May, "UA", "ua.officer", counter, text, inner), salt, statement.Sign(_officer));
    }

    private static void AssertRefused(ParleyStore store, SignedSubmission submission, string expected)
    {
        var before = store.Log.LastSequence;
        var outcome = store.Execute(submission);
        Assert.False(outcome.Accepted);
        Assert.Contains(expected, outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(before, store.Log.LastSequence);
    }

    [Fact]
    public void a_valid_signed_submission_is_appended_with_its_signature_in_the_leaf()
    {
        using var store = Setup();

        var outcome = store.Execute(Sign(1, "ua-t-1", store: store));

        Assert.True(outcome.Accepted, outcome.Reason);
        using var log = PublicLog.Open(store.Log.Location);
        var leaf = EventLeaf.Decode(log.ReadLeaves(outcome.FirstSequence, 1)[0]);
        Assert.Equal("submission.signed", leaf.Type);
        Assert.Equal(_officer.KeyId, leaf.Signature!.KeyId);
        Assert.True(log.Reveal(outcome.FirstSequence).Matches);
    }

    [Fact]
    public void a_signature_over_another_exchange_is_rejected_and_nothing_is_appended()
    {
        using var store = Setup();
        var before = store.Log.LastSequence;

        var outcome = store.Execute(Sign(1, "ua-t-1", exchange: Parley.Demo.IstanbulDemo.June, store: store));

        Assert.False(outcome.Accepted);
        Assert.Contains("the signature does not verify", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(before, store.Log.LastSequence);
    }

    [Fact]
    public void a_stale_counter_is_rejected_and_nothing_is_appended()
    {
        using var store = Setup();
        Assert.True(store.Execute(Sign(5, "ua-t-1", store: store)).Accepted);
        var before = store.Log.LastSequence;

        var outcome = store.Execute(Sign(5, "ua-t-2", store: store));

        Assert.False(outcome.Accepted);
        Assert.Contains("submission-counter", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(before, store.Log.LastSequence);
    }

    [Fact]
    public void a_submission_signed_for_another_log_is_refused_naming_both_origins_and_nothing_is_appended()
    {
        using var store = Setup();

        AssertRefused(store, Sign(1, "ua-t-1", origin: "parley.example/rehearsal"),
            $"the submission was signed for the log 'parley.example/rehearsal', but this log is '{store.Origin}'");
    }

    [Fact]
    public void a_submission_past_its_not_after_time_is_refused_as_expired_and_nothing_is_appended()
    {
        using var store = Setup();

        AssertRefused(store, Sign(1, "ua-t-1", notAfter: DateTimeOffset.UtcNow.AddHours(-1), store: store), "submission-expiry");
        Assert.True(store.Execute(Sign(1, "ua-t-1", notAfter: DateTimeOffset.UtcNow.AddHours(1), store: store)).Accepted);
    }

    [Fact]
    public void a_new_version_1_submission_is_refused_with_the_reason_and_nothing_is_appended()
    {
        using var store = Setup();

        AssertRefused(store, SignV1(1, "ua-t-1"), "parley-submission/v1, which binds neither the log nor a time limit");
    }

    [Fact]
    public void after_its_key_is_revoked_an_officer_s_submission_is_refused_and_after_a_rotation_only_the_new_key_signs()
    {
        using var store = Setup();
        Assert.True(store.Execute(Sign(1, "ua-t-1", store: store)).Accepted);
        Assert.True(store.Execute(new RevokeOfficerKey("ua.officer", "the laptop was stolen")).Accepted);

        AssertRefused(store, Sign(2, "ua-t-2", store: store), "officer-key-revoked");

        using var replacement = NoteSigner.Generate("ua.officer");
        var rotated = store.Execute(new RotateOfficerKey("ua.officer", replacement.Verifier.VerifierKey));
        Assert.True(rotated.Accepted, rotated.Reason);
        AssertRefused(store, Sign(2, "ua-t-2", store: store), $"signed with key ID {_officer.KeyId:x8}, but officer 'ua.officer''s current key is {replacement.KeyId:x8}");
        // The counter carries on through the rotation: the new key cannot replay the old one's counters.
        AssertRefused(store, Sign(1, "ua-t-2", key: replacement, store: store), "submission-counter");
        Assert.True(store.Execute(Sign(2, "ua-t-2", key: replacement, store: store)).Accepted);
    }

    [Fact]
    public void a_rotation_to_the_same_key_or_to_a_witness_key_is_refused()
    {
        using var store = Setup();

        Assert.Contains("key-rotation", store.Execute(new RotateOfficerKey("ua.officer", _officer.Verifier.VerifierKey)).Reason, StringComparison.Ordinal);
        using var witness = NoteSigner.Generate("ua.officer", SignatureType.Cosignature);
        Assert.Contains("key-rotation", store.Execute(new RotateOfficerKey("ua.officer", witness.Verifier.VerifierKey)).Reason, StringComparison.Ordinal);
    }
}
