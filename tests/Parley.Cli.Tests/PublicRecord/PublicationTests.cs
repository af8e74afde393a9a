using System.Globalization;
using System.Text;
using Parley.Core.Commands;
using Parley.Demo;

namespace Parley.Cli.Tests.PublicRecord;

public sealed class PublicationTests
{
    [Fact]
    public async Task no_roster_name_or_date_of_birth_of_the_demo_appears_in_any_published_byte()
    {
        using var folder = new TempFolder();
        var db = folder.File("demo.db");
        var published = folder.File("published");
        await PublishedRecord.Ok(ParleyCli.Run("demo", "--db", db));
        await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", db, "--out", published));
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var details in IstanbulDemo.Commands().Select(c => c.Command).SelectMany(c => c switch
        {
            ListPersons l => l.Persons,
            SubmitList l => l.Persons,
            _ => [],
        }).Select(e => e.ToDetails()))
        {
            foreach (var name in details.Names)
            {
                secrets.Add(name.Text);
                foreach (var part in new[] { name.Surname, name.Given, name.Patronymic })
                {
                    if (part is { Length: > 3 })
                    {
                        secrets.Add(part);
                    }
                }
            }
            if (details.DateOfBirth is { } dob)
            {
                secrets.Add(dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                secrets.Add(dob.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
            }
        }
        Assert.True(secrets.Count > 1000, $"the demo should have many names and dates; found {secrets.Count}");
        var files = Directory.GetFiles(published, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.Contains("entries", StringComparison.Ordinal));
        var haystack = Encoding.UTF8.GetString(files.SelectMany(File.ReadAllBytes).ToArray());

        var leaked = secrets.Where(s => haystack.Contains(s, StringComparison.Ordinal)).Take(5).ToList();

        Assert.True(leaked.Count == 0, "published bytes contain personal data: " + string.Join(", ", leaked));
    }

    [Fact]
    public async Task publishing_again_writes_only_new_and_grown_tiles_and_the_result_still_verifies()
    {
        using var record = await PublishedRecord.Create();
        var before = Directory.GetFiles(record.Published, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        await record.ApplySigned(2, "B", 31, 32, 33);

        var again = await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", record.Db, "--out", record.Published));

        Assert.Contains("size 17 (was 13)", again.Output, StringComparison.Ordinal);
        Assert.Contains("5 files", again.Output, StringComparison.Ordinal); // tile/0/000.p/17, its bundle, log.pub, latest-checkpoint, checkpoint
        Assert.True(File.Exists(Path.Combine(record.Published, "tile", "0", "000.p", "13")));
        Assert.True(File.Exists(Path.Combine(record.Published, "tile", "entries", "000.p", "17")));
        var verified = await record.Verify();
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.Contains("2 signed submissions verified", verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task publishing_removes_the_temporary_files_an_interrupted_run_left_and_leaves_none_of_its_own()
    {
        using var record = await PublishedRecord.Create();
        var leftover = Path.Combine(record.Published, "tile", "0", ".001.parley-tmp-0123456789ab");
        File.WriteAllText(leftover, "half a tile");
        await record.ApplySigned(2, "B", 31, 32, 33);

        await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", record.Db, "--out", record.Published));

        Assert.Empty(Directory.GetFiles(record.Published, "*tmp*", SearchOption.AllDirectories));
        var verified = await record.Verify();
        Assert.True(verified.ExitCode == 0, verified.ToString());
    }

    [Fact]
    public async Task keys_new_writes_a_private_key_only_its_owner_can_read_and_prints_the_verifier_key()
    {
        using var folder = new TempFolder();
        var file = folder.File("officer.key");

        var result = await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", "ru.officer", "--out", file));

        Assert.Matches("^ru\\.officer\\+[0-9a-f]{8}\\+[A-Za-z0-9+/=]{44}$", result.Output.Trim());
        Assert.StartsWith("PRIVATE+KEY+ru.officer+", File.ReadAllText(file), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        ParleyCli.AssertCleanFailure(await ParleyCli.Run("keys", "new", "--name", "ru.officer", "--out", file));
    }

    [Fact]
    public async Task keys_show_prints_the_log_key_that_signs_the_published_checkpoint()
    {
        using var record = await PublishedRecord.Create();

        var shown = await PublishedRecord.Ok(ParleyCli.Run("keys", "show", "--db", record.Db));

        Assert.Equal(File.ReadAllText(Path.Combine(record.Published, "log.pub")), shown.Output);
        Assert.Matches(@"^parley\.example/parley-[0-9a-f]{8}\+", shown.Output);
    }

    [Fact]
    public async Task a_malformed_checkpoint_trust_file_or_submission_is_bad_input_with_exit_2()
    {
        using var record = await PublishedRecord.Create();
        var badTrust = record.Folder.Write("bad.vkey", ["not a key"]);
        var badSubmission = record.Folder.Write("bad.json", ["{\"party\":\"UA\"}"]);

        var trust = await ParleyCli.Run("verify", record.Published, "--trust", badTrust);
        var sign = await ParleyCli.Run("sign", "--key", record.OfficerKey, "--origin", record.Origin, badSubmission);
        File.WriteAllText(Path.Combine(record.Published, "checkpoint"), "parley.example/parley\nten\n");
        var checkpoint = await record.Verify();

        ParleyCli.AssertCleanFailure(trust);
        Assert.Contains("bad.vkey, line 1", trust.Error, StringComparison.Ordinal);
        ParleyCli.AssertCleanFailure(sign);
        Assert.Contains("bad.json: not a submission", sign.Error, StringComparison.Ordinal);
        ParleyCli.AssertCleanFailure(checkpoint);
        Assert.Contains("checkpoint", checkpoint.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_checkpoint_not_signed_by_the_trusted_log_key_fails_verification()
    {
        using var record = await PublishedRecord.Create();
        // Same name as the log's key, another key.
        var origin = File.ReadAllText(record.LogKeyFile).Split('+')[0];
        var other = await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", origin, "--out", record.Folder.File("impostor.key")));
        var impostor = record.Folder.Write("impostor.vkey", [other.Output.Trim()]);

        var result = await ParleyCli.Run("verify", record.Published, "--trust", impostor);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("verification failed: the checkpoint", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_witness_cosigns_a_log_that_grew_consistently_and_verify_then_requires_its_cosignature()
    {
        using var record = await PublishedRecord.Create();
        var witnessKey = record.Folder.File("witness.key");
        var state = record.Folder.File("witness");
        var witness = await PublishedRecord.Ok(ParleyCli.Run("keys", "new", "--name", "ua.witness", "--witness", "--out", witnessKey));
        await PublishedRecord.Ok(ParleyCli.Run("cosign", "--log", record.Published, "--key", witnessKey, "--state", state, "--log-key", record.LogKeyFile));
        await record.ApplySigned(2, "B", 31);
        await PublishedRecord.Ok(ParleyCli.Run("publish", "--db", record.Db, "--out", record.Published));

        var cosigned = await PublishedRecord.Ok(ParleyCli.Run("cosign", "--log", record.Published, "--key", witnessKey, "--state", state));
        var withoutCosignature = await record.Verify(null, "--trust", record.Folder.Write("witness.vkey", [witness.Output.Trim()]));
        File.WriteAllText(Path.Combine(record.Published, "checkpoint"), cosigned.Output);
        var withCosignature = await record.Verify(null, "--trust", record.Folder.File("witness.vkey"));

        Assert.True(withoutCosignature.ExitCode == 1, withoutCosignature.ToString());
        Assert.Contains("lacks the cosignature of trusted witness \"ua.witness\"", withoutCosignature.Error, StringComparison.Ordinal);
        Assert.True(withCosignature.ExitCode == 0, withCosignature.ToString());
        Assert.Contains("cosigned by ua.witness at", withCosignature.Output, StringComparison.Ordinal);
    }
}
