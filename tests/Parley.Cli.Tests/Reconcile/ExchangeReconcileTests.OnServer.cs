using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Parley.Core.Commands;
using Parley.Demo.Synthetic;
using Parley.Server;
using Parley.Server.Access;
using Parley.Server.Desk;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Tests.Reconcile;

// `parley reconcile --exchange --server`: while `parley serve` holds the database, the server reconciles and records on its
// own writer, and the command line follows the run and prints the same report.
public sealed partial class ExchangeReconcileTests
{
    /// <summary>A real server on loopback over the test's database, and a token file per role.</summary>
    private async Task<(WebApplication App, string Address)> ServeAsync()
    {
        var app = ParleyServer.Build(new ServerOptions { DatabasePath = Db, Urls = "http://127.0.0.1:0", RequestLogging = false });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var tokens = app.Services.GetRequiredService<TokenStore>();
        _folder.Write("mediator.token", tokens.Create(Role.Mediator, null).Token);
        _folder.Write("ua.token", tokens.Create(Role.Party, "UA").Token);
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private Task<CliResult> ReconcileOn(string address, string token, params string[] more) =>
        ParleyCli.Run(["reconcile", "--exchange", "x1", "--server", address, "--token-file", _folder.File(token), .. more]);

    [Fact]
    public async Task while_a_server_runs_it_reconciles_and_records_on_its_own_writer_and_the_command_line_prints_the_report()
    {
        await BuildExchange();
        var (app, address) = await ServeAsync();
        await using (app)
        {
            var result = await ReconcileOn(address, "mediator.token");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Contains("RU → UA: 3 outstanding requests of UA against 3 offered people of RU", result.Output);
            Assert.Contains("matched the lists of exchange x1", result.Output);
            Assert.Matches(@"recorded \d+ candidates? \(event \d+\)", result.Output);
            Assert.Contains("reconciling: ", result.Error); // the progress, stage by stage
            var again = await ReconcileOn(address, "mediator.token");
            Assert.Contains("nothing changed since the last run", again.Output);

            var accepted = await ReconcileOn(address, "mediator.token", "--accept", "a-1:b-1", "--why", "the ICRC card");
            Assert.True(accepted.ExitCode == ExitCodes.Ok, accepted.ToString());
            Assert.Contains("accepted a-1:b-1; the receiving party is asked to confirm it", accepted.Output);
            var twice = await ReconcileOn(address, "mediator.token", "--accept", "a-3:b-3", "--why", "no such pair");
            ParleyCli.AssertCleanFailure(twice);
            Assert.Contains("not a recorded candidate pair", twice.Error);
        }
        var events = MatchEvents();
        Assert.Equal(["match.candidates-recorded", "match.decided"], events.Select(e => e.Type));
        // The server decided as the token's mediator, not as the command line's operator.
        Assert.Contains("\"actor\":{\"role\":\"mediator\"", events[1].Public);
        Assert.Contains("the ICRC card", events[1].Private);
    }

    [Fact]
    public async Task a_run_of_hundreds_of_candidates_is_recorded_in_parts_and_counts_as_done_only_with_its_last()
    {
        // 700 synthetic people asked back by UA and offered by RU, written differently: more candidates than one part holds (480).
        await Apply("setup.jsonl", [.. CommandLines.Setup()]);
        var data = SyntheticLists.Generate(700, 3);
        using (var store = ParleyStore.Open(Db, OpenMode.MustExist))
        {
            foreach (var (records, party, kind, prefix) in new[] { (data.Left, "UA", ListKind.Request, "q-"), (data.Right, "RU", ListKind.Offer, "o-") })
            {
                foreach (var part in records.Chunk(350))
                {
                    var entries = part.Select(r => ListUpload.Entry(r with { Id = prefix + r.Id, Category = null })).ToImmutableList();
                    Assert.True(store.Execute(new SubmitList("x1", party, kind, entries)).Accepted);
                }
            }
        }
        var (app, address) = await ServeAsync();
        var output = "";
        await using (app)
        {
            var result = await ReconcileOn(address, "mediator.token");
            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            output = result.Output;
            Assert.Contains("nothing changed since the last run", (await ReconcileOn(address, "mediator.token")).Output);
        }
        var parts = MatchEvents().Select(e => (e.Public, Candidates: CandidatesOf(e.Public).Count)).ToList();
        Assert.True(parts.Sum(p => p.Candidates) > 480, $"{parts.Sum(p => p.Candidates)} candidates: {output}");
        // Every event but the last part's says more follow; the run's entries count as compared with the last.
        Assert.Contains("\"moreToFollow\":true", parts[0].Public);
        Assert.DoesNotContain("moreToFollow", parts[^1].Public);
        var partway = parts.TakeWhile(p => p.Public.Contains("\"moreToFollow\":true", StringComparison.Ordinal)).Count();
        Assert.True(partway > 0 && partway % 4 == 0, $"{partway} events of whole parts (four of 120 candidates each)");
        Assert.InRange(parts.Count - partway, 1, 4);
    }

    [Fact]
    public async Task while_a_server_holds_the_database_the_direct_run_says_to_go_through_the_server_and_changes_nothing()
    {
        await BuildExchange();
        var (app, _) = await ServeAsync();
        await using (app)
        {
            var result = await Reconcile();

            ParleyCli.AssertCleanFailure(result);
            Assert.Contains("--server URL --token-file FILE", result.Error);
        }
        Assert.Empty(MatchEvents());
    }

    [Fact]
    public async Task through_a_server_a_party_token_an_unknown_token_or_a_missing_token_reconciles_nothing()
    {
        await BuildExchange();
        var (app, address) = await ServeAsync();
        await using (app)
        {
            var party = await ReconcileOn(address, "ua.token");
            ParleyCli.AssertCleanFailure(party);
            Assert.Contains("mediator", party.Error);

            _folder.Write("forged.token", "parley_0000000000_not-a-real-token");
            var forged = await ReconcileOn(address, "forged.token");
            ParleyCli.AssertCleanFailure(forged);
            Assert.Contains("does not know the token", forged.Error);

            var unknown = await ParleyCli.Run("reconcile", "--exchange", "nope", "--server", address, "--token-file", _folder.File("mediator.token"));
            ParleyCli.AssertCleanFailure(unknown);
            Assert.Contains("there is no exchange 'nope'", unknown.Error);

            var missing = await ParleyCli.Run("reconcile", "--exchange", "x1", "--server", address);
            ParleyCli.AssertCleanFailure(missing);
            Assert.Contains("--token-file FILE", missing.Error);

            ParleyCli.AssertCleanFailure(await ParleyCli.Run("reconcile", "--exchange", "x1", "--server", address, "--db", Db, "--token-file", _folder.File("mediator.token")));
            ParleyCli.AssertCleanFailure(await ParleyCli.Run("reconcile", "--exchange", "x1", "--server", "ftp://example.org", "--token-file", _folder.File("mediator.token")));
        }
        Assert.Empty(MatchEvents());
    }
}
