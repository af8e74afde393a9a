using System.Collections.Immutable;
using System.Text;
using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Ledger.Notes;
using Parley.Ledger.Records;
using Parley.Store.Copy;
using Parley.Store.Domain;
using Parley.Store.PublicRecord;
using Xunit;

namespace Parley.Store.Tests.Copy;

/// <summary>
/// Issue 17, moving a record (<see cref="RecordCopy"/>): what the CLI tests do not reach — an officer's signed submission
/// (key ID and signature in its leaf), tokens and witnesses' cosignatures go from SQLite to PostgreSQL and back row for
/// row; the copy grows on; a source whose documents are not what its log says is refused.
/// </summary>
public sealed class RecordCopyTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly NoteSigner _officer = NoteSigner.Generate("ua.officer");

    public void Dispose()
    {
        _officer.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void a_signed_submission_tokens_and_a_cosignature_go_to_postgres_and_back_row_for_row_and_the_copy_grows_on()
    {
        var source = _temp.File("source.db");
        var postgres = cluster.CreateDatabase();
        var back = _temp.File("back.db");
        var key = _temp.File("pg.key");
        Record(source);
        var progress = new List<CopyProgress>();

        var there = RecordCopy.Run(new CopyRequest(source, postgres, ToLogKey: key), new Collect(progress));
        var again = RecordCopy.Run(new CopyRequest(postgres, back, FromLogKey: key));

        Assert.Equal(there.Root, again.Root);
        Assert.Equal(there.EventsDigest, again.EventsDigest);
        Assert.Equal(there.SourceProjectionsDigest, there.TargetProjectionsDigest);
        Assert.Equal(there.TargetProjectionsDigest, again.TargetProjectionsDigest);
        Assert.Equal(1, there.Tables.Single(t => t.Name == "tokens").Rows);
        Assert.Equal(1, there.Tables.Single(t => t.Name == "cosignatures").Rows);
        Assert.Equal(KeyTransfer.Copied, there.Key);
        Assert.Equal(KeyTransfer.Copied, again.Key);
        Assert.Equal(1, RawRecord.Scalar(postgres, "SELECT COUNT(*) FROM events WHERE key_id IS NOT NULL AND signature IS NOT NULL;"));
        var dump = RawRecord.Dump(source);
        Assert.Equal(dump, RawRecord.Dump(postgres));
        Assert.Equal(dump, RawRecord.Dump(back));
        Assert.Equal(new CopyProgress(CopyStage.Events, there.Events, there.Events), progress.Last(p => p.Stage == CopyStage.Events));
        Assert.Equal(new CopyProgress(CopyStage.Checking, there.Events, there.Events), progress.Last(p => p.Stage == CopyStage.Checking));

        // The copy is a log like any other: it opens, its state is the source's, and it grows with the same key.
        using var copy = ParleyStore.Open(postgres, OpenMode.MustExist, settings: new StoreSettings { LogKeyPath = key });
        using (var original = EventLogs.Open(source, OpenMode.MustExist))
        {
            var expected = ParleyStore.Replay(original).Exchanges[Parley.Demo.IstanbulDemo.May];
            Assert.Equal(expected.Persons.Keys.Order(StringComparer.Ordinal), copy.State.Exchanges[Parley.Demo.IstanbulDemo.May].Persons.Keys.Order(StringComparer.Ordinal));
        }
        Assert.True(copy.Execute(Sign(2, "ua-t-2", copy.Origin)).Accepted);
        using var log = PublicLog.Open(postgres);
        Assert.Equal(there.Events + 2, log.TreeSize);
        Assert.True(log.Reveal(there.Events + 1).Matches);
    }

    [Fact]
    public void a_source_whose_documents_are_not_what_its_log_says_is_refused_naming_rebuild_and_the_target_stays_blank()
    {
        var source = _temp.File("source.db");
        Record(source);
        using (var connection = Sqlite.Connect(source))
        {
            Sqlite.Execute(connection, "UPDATE projections SET body = CAST('{}' AS BLOB) WHERE kind = 'exchange';");
        }
        var postgres = cluster.CreateDatabase();

        var refused = Assert.Throws<CopyFailedException>(() => RecordCopy.Run(new CopyRequest(source, postgres, ToLogKey: _temp.File("pg.key"))));

        Assert.Contains("the source's documents are not what its log says; run parley rebuild --db SOURCE", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("nothing was written to " + DatabaseAddress.Parse(postgres).Display + " (the copy is one transaction, rolled back)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, RawRecord.PostgresTables(postgres));
        Assert.False(File.Exists(_temp.File("pg.key")));
    }

    /// <summary>The demo's talks and exchanges, an officer's signed list, a token and a witness's cosignature.</summary>
    private void Record(string path)
    {
        using (var store = ParleyStore.Open(path, OpenMode.CreateIfMissing))
        {
            var setup = Parley.Demo.IstanbulDemo.Commands().TakeWhile(c => c.Command is not (ListPersons or SubmitList)).ToList();
            Assert.All(store.Execute(setup), o => Assert.True(o.Accepted, o.Reason));
            Assert.True(store.Execute(new RegisterOfficer("UA", "ua.officer", _officer.Verifier.VerifierKey)).Accepted);
            var signed = store.Execute(Sign(1, "ua-t-1", store.Origin));
            Assert.True(signed.Accepted, signed.Reason);
        }
        using var connection = Sqlite.Connect(path);
        // As the server writes them (only data to the copy): a token's hash, a witness's cosignature line.
        Sqlite.Execute(connection, "INSERT INTO tokens(id, hash, role, party, created_at) VALUES('t1', X'00112233', 'press', NULL, 1764000000000);");
        Sqlite.Execute(connection, "INSERT INTO cosignatures(size, witness, key_id, line, signed_at, received_at) SELECT MAX(size), 'ua.witness', 42, '— ua.witness AAAA', 1764000000, 1764000000001 FROM checkpoints;");
    }

    private SignedSubmission Sign(long counter, string person, string origin)
    {
        var text = $$"""{"command":"list-persons","exchange":"{{Parley.Demo.IstanbulDemo.May}}","side":"B","persons":[{"person":"{{person}}","names":["Test Person"]}]}""";
        var inner = new ListPersons(Parley.Demo.IstanbulDemo.May, Side.B,
            [RosterEntry.Of(person, new PersonDetails([new PersonName("Test Person")], null, [], ImmutableSortedDictionary<string, string>.Empty))]);
        var salt = Commitment.NewSalt();
        var until = DateTimeOffset.UtcNow.AddHours(1);
        var statement = new Submission(Parley.Demo.IstanbulDemo.May, "UA", "ua.officer", counter, inner.Name, Commitment.Compute(salt, Encoding.UTF8.GetBytes(text)), origin, until);
        var submitted = new SubmitSigned(Parley.Demo.IstanbulDemo.May, "UA", "ua.officer", counter, text, inner, origin, NodaTime.Instant.FromDateTimeOffset(statement.NotAfter!.Value));
        return new SignedSubmission(submitted, salt, statement.Sign(_officer));
    }

    private sealed class Collect(List<CopyProgress> reports) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value) => reports.Add(value);
    }
}
