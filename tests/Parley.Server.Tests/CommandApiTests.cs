using System.Net;
using System.Text.Json;
using Parley.Server.Tests.Support;

namespace Parley.Server.Tests;

/// <summary>Commands over HTTP: bad input gets the ProblemDetails status that says what is wrong, and nothing is stored.</summary>
public abstract class CommandApiContract(DemoServer demo)
{
    public static TheoryData<string, string, int, string> BadCommands => new()
    {
        { "malformed JSON", "{\"command\": \"register-party\",", 400, "body" },
        { "a wrong type", "{\"command\": \"plan-stage\", \"exchange\": \"july-2025\", \"stage\": \"s9\", \"date\": \"2025-08-20\", \"plannedA\": \"ten\", \"plannedB\": 10}", 400, "plannedA" },
        { "an unknown field", "{\"command\": \"register-party\", \"code\": \"XX\", \"name\": \"X\", \"colour\": \"red\"}", 400, "colour" },
        { "an unknown command", "{\"command\": \"launch\"}", 400, "command" },
        { "an unknown exchange", "{\"command\": \"close-stage\", \"exchange\": \"no-such\", \"stage\": \"s1\"}", 404, "known-reference" },
        { "a broken invariant", "{\"command\": \"close-stage\", \"exchange\": \"june-2025\", \"stage\": \"s3\"}", 409, "stage-complete" },
        { "a duplicate id", "{\"command\": \"register-party\", \"code\": \"RU\", \"name\": \"again\"}", 409, "unique-id" },
    };

    [Theory]
    [MemberData(nameof(BadCommands))]
    public async Task a_bad_command_gets_its_problem_status_and_changes_nothing(string what, string json, int status, string named)
    {
        var before = demo.Server.Store.Log.LastSequence;
        using var response = await demo.Server.Client("mediator").PostJson("/api/commands", json);
        var problem = await response.Json();
        Assert.True(status == (int)response.StatusCode, $"{what}: expected {status}, got {(int)response.StatusCode}: {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        var text = problem.ToString();
        Assert.Contains(named, text);
        Assert.Equal(before, demo.Server.Store.Log.LastSequence);
    }

    [Fact]
    public async Task a_400_names_the_field_in_the_errors()
    {
        using var response = await demo.Server.Client("mediator").PostJson("/api/commands",
            "{\"command\": \"plan-stage\", \"exchange\": \"july-2025\", \"stage\": \"s9\", \"date\": \"2025-08-20\", \"plannedA\": \"ten\", \"plannedB\": 10}");
        var problem = await response.Json();
        Assert.True(problem.GetProperty("errors").TryGetProperty("plannedA", out _), problem.ToString());
    }

    [Fact]
    public async Task a_409_names_the_broken_rule()
    {
        using var response = await demo.Server.Client("mediator").PostJson("/api/commands",
            "{\"command\": \"close-stage\", \"exchange\": \"june-2025\", \"stage\": \"s3\"}");
        var problem = await response.Json();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("stage-complete", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task an_oversized_body_gets_413_and_changes_nothing()
    {
        var before = demo.Server.Store.Log.LastSequence;
        var huge = "{\"command\": \"register-party\", \"code\": \"XL\", \"name\": \"" + new string('x', 5 * 1024 * 1024) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/commands")
        {
            Content = new StringContent(huge, System.Text.Encoding.UTF8, "application/json"),
        };
        // As a careful client does: wait for the server's word before sending the body, so the 413 arrives before it.
        request.Headers.ExpectContinue = true;
        using var response = await demo.Server.Client("mediator").SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, demo.Server.Store.Log.LastSequence);
    }

    [Fact]
    public async Task an_unknown_exchange_is_404()
    {
        using var response = await demo.Server.Client().GetAsync("/api/exchanges/no-such", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task an_accepted_command_returns_its_sequence_numbers_and_is_in_the_log()
    {
        using var response = await demo.Server.Client("mediator").PostJson("/api/commands",
            "{\"command\": \"register-mediator\", \"id\": \"un-http\", \"name\": \"United Nations\"}");
        var json = await response.Json();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(demo.Server.Store.State.Mediators.ContainsKey("un-http"));
        Assert.Equal(json.GetProperty("lastSequence").GetInt64(), json.GetProperty("firstSequence").GetInt64());
    }

    [Fact]
    public async Task a_party_may_not_list_people_on_the_other_sides_roster()
    {
        var before = demo.Server.Store.Log.LastSequence;
        // Side A of july-2025 is RU; Ukraine's officer tries to add to it.
        using var response = await demo.Server.Client("partyB").PostJson("/api/commands",
            "{\"command\": \"list-persons\", \"exchange\": \"july-2025\", \"side\": \"A\", \"persons\": [{\"person\": \"july-x-1\", \"names\": [\"Test Person\"]}]}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, demo.Server.Store.Log.LastSequence);
    }

    [Fact]
    public async Task a_party_officers_own_list_is_accepted_with_its_token_alone()
    {
        // Side B of july-2025 is UA, so this is Ukraine's own offer list; the decider, not the HTTP edge, decides.
        using var response = await demo.Server.Client("partyB").PostJson("/api/commands",
            "{\"command\": \"list-persons\", \"exchange\": \"july-2025\", \"side\": \"B\", \"persons\": [{\"person\": \"july-x-2\", \"names\": [\"Test Person\"]}]}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(demo.Server.Store.State.Exchanges["july-2025"].Persons.ContainsKey("july-x-2"));
    }

    [Theory]
    [InlineData("RU", "B", 409, "submission-scope")]
    [InlineData("UA", "A", 403, "authority")]
    public async Task a_signed_submission_is_refused_for_another_party_or_the_other_sides_roster(string party, string side, int status, string rule)
    {
        var officer = Parley.Ledger.Notes.NoteSigner.Generate($"ua-officer-scope-{party}{side}".ToLowerInvariant());
        using (var registered = await demo.Server.Client("mediator").PostJson("/api/commands",
            JsonSerializer.Serialize(new { command = "register-officer", party = "UA", officer = officer.Name, key = officer.Verifier.VerifierKey })))
        {
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }
        var before = demo.Server.Store.Log.LastSequence;
        var inner = JsonSerializer.Serialize(new { command = "list-persons", exchange = "july-2025", side, persons = new[] { new { person = "july-x-3", names = new[] { "Test Person" } } } });
        using var response = await demo.Server.Client("partyB").PostJson("/api/commands", SignedSubmissionTests.Signed(officer, party, "july-2025", 1, inner, demo.Server.Store.Origin));
        var problem = await response.Json();
        Assert.True(status == (int)response.StatusCode, problem.ToString());
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        Assert.Equal(before, demo.Server.Store.Log.LastSequence);
    }

    [Fact]
    public async Task a_party_may_not_issue_the_mediators_commands_nor_the_press_a_domain_command()
    {
        foreach (var caller in new[] { "partyA", "press" })
        {
            using var response = await demo.Server.Client(caller).PostJson("/api/commands",
                "{\"command\": \"register-party\", \"code\": \"ZZ\", \"name\": \"Nowhere\"}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("authority", (await response.Json()).GetProperty("rule").GetString());
        }
        Assert.False(demo.Server.Store.State.Parties.ContainsKey("ZZ"));
    }

    [Fact]
    public async Task a_party_sees_its_own_roster_with_details_and_nothing_of_the_other_side()
    {
        var roster = await (await demo.Server.Client("partyB").GetAsync("/api/exchanges/may-2025/roster", TestContext.Current.CancellationToken)).Json();
        Assert.Equal(1010, roster.GetArrayLength());
        Assert.All(roster.EnumerateArray(), p => Assert.Equal("UA", p.GetProperty("party").GetString()));
        Assert.All(roster.EnumerateArray(), p => Assert.True(p.GetProperty("details").GetProperty("names").GetArrayLength() > 0));
        using var other = await demo.Server.Client("partyB").GetAsync("/api/exchanges/may-2025/persons/may-2025-A-00001", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task too_many_writes_get_429()
    {
        await using var server = await RunningServer.StartAsync(demo: false, o => o with { WritesPerMinute = 2 });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await server.Client("mediator").PostJson("/api/commands",
                JsonSerializer.Serialize(new { command = "register-party", code = $"P{i}", name = $"Party {i}" }));
            statuses.Add(response.StatusCode);
            if (i == 2)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.False(server.Store.State.Parties.ContainsKey("P2"));
    }
}

/// <summary>The tests of <see cref="CommandApiContract"/> on the SQLite demo server.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class CommandApiTests(DemoServer demo) : CommandApiContract(demo);

/// <summary>The tests of <see cref="CommandApiContract"/> on the PostgreSQL demo server.</summary>
[Collection(PostgresDemoServerCollection.Name)]
public sealed class PostgresCommandApiTests(PostgresDemoServer demo) : CommandApiContract(demo);
