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

    private SignedSubmission Sign(long counter, string person, string? exchange = null)
    {
        var text = $$"""{"command":"list-persons","exchange":"{{Parley.Demo.IstanbulDemo.May}}","side":"B","persons":[{"person":"{{person}}","names":["Test Person"]}]}""";
        var inner = new ListPersons(Parley.Demo.IstanbulDemo.May, Side.B,
            [RosterEntry.Of(person, new PersonDetails([new PersonName("Test Person")], null, [], ImmutableSortedDictionary<string, string>.Empty))]);
        var salt = Commitment.NewSalt();
        var statement = new Submission(exchange ?? Parley.Demo.IstanbulDemo.May, "UA", "ua.officer", counter, inner.Name, Commitment.Compute(salt, Encoding.UTF8.GetBytes(text)));
        return new SignedSubmission(new SubmitSigned(Parley.Demo.IstanbulDemo.May, "UA", "ua.officer", counter, text, inner), salt, statement.Sign(_officer));
    }

    [Fact]
    public void a_valid_signed_submission_is_appended_with_its_signature_in_the_leaf()
    {
        using var store = Setup();

        var outcome = store.Execute(Sign(1, "ua-t-1"));

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

        var outcome = store.Execute(Sign(1, "ua-t-1", exchange: Parley.Demo.IstanbulDemo.June));

        Assert.False(outcome.Accepted);
        Assert.Contains("the signature does not verify", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(before, store.Log.LastSequence);
    }

    [Fact]
    public void a_stale_counter_is_rejected_and_nothing_is_appended()
    {
        using var store = Setup();
        Assert.True(store.Execute(Sign(5, "ua-t-1")).Accepted);
        var before = store.Log.LastSequence;

        var outcome = store.Execute(Sign(5, "ua-t-2"));

        Assert.False(outcome.Accepted);
        Assert.Contains("submission-counter", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(before, store.Log.LastSequence);
    }
}
