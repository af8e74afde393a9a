using System.Collections.Immutable;
using NodaTime;
using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Demo;
using Parley.Store.Domain;
using Xunit;

namespace Parley.Store.Tests.Domain;

/// <summary>
/// The application service on each store: the same tests run on SQLite (<see cref="SqliteParleyStoreTests"/>) and on
/// PostgreSQL (<see cref="PostgresParleyStoreTests"/>), each on a blank database of its own.
/// </summary>
public abstract partial class ParleyStoreContract : IDisposable
{
    /// <summary>This test's database as a <c>--db</c> value.</summary>
    protected abstract string Database { get; }

    /// <summary>The settings the store is opened with (a PostgreSQL log needs its key file given).</summary>
    protected virtual StoreSettings? Settings => null;

    public virtual void Dispose() => GC.SuppressFinalize(this);

    [Fact]
    public async Task Concurrent_commands_are_group_committed_and_the_state_equals_a_replay_of_the_log()
    {
        var path = Database;
        await using (var store = ParleyStore.Open(path, OpenMode.CreateIfMissing, settings: Settings))
        {
            foreach (var command in Setup("1000 for 1000"))
            {
                Assert.True((await store.ExecuteAsync(command, cancellationToken: TestContext.Current.CancellationToken)).Accepted);
            }
            var tasks = Enumerable.Range(1, 400).Select(n => store.ExecuteAsync(new ListPersons("x", n % 2 == 0 ? Side.A : Side.B,
                [RosterEntry.Of($"p{n}", Person())]), cancellationToken: TestContext.Current.CancellationToken)).ToList();
            var outcomes = await Task.WhenAll(tasks);
            Assert.All(outcomes, o => Assert.True(o.Accepted, o.Reason));
            Assert.Equal(400, store.State.Exchanges["x"].Persons.Count);
        }
        using var reopened = ParleyStore.Open(path, OpenMode.MustExist, settings: Settings);
        var replayed = ParleyStore.Replay(reopened.Log);
        Assert.Equal(400, replayed.Exchanges["x"].Persons.Count);
        Assert.Equal(ExchangeSummary.Of(reopened.State.Exchanges["x"]), ExchangeSummary.Of(replayed.Exchanges["x"]), SummaryComparer.Instance);
    }

    [Fact]
    public void A_rejected_command_appends_nothing_and_leaves_the_projections_as_they_were()
    {
        using var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Settings);
        Assert.All(store.Execute(Setup("5 for 5")), o => Assert.True(o.Accepted, o.Reason));
        var events = store.Log.Read().Select(e => (e.Sequence, e.Type, Convert.ToHexString(e.Public))).ToList();
        var projections = store.Log.ReadAllProjectionsOrdered().Select(p => (p.Kind, p.Key, Convert.ToHexString(p.Body))).ToList();

        var outcome = store.Execute(new MovePersons("x", Movement.Receive, ["nobody"], null, null));

        Assert.False(outcome.Accepted);
        Assert.Contains("known-reference", outcome.Reason);
        Assert.Equal(events, store.Log.Read().Select(e => (e.Sequence, e.Type, Convert.ToHexString(e.Public))).ToList());
        Assert.Equal(projections, store.Log.ReadAllProjectionsOrdered().Select(p => (p.Kind, p.Key, Convert.ToHexString(p.Body))).ToList());
    }

    [Fact]
    public void Rebuilt_projections_equal_the_incrementally_written_ones_byte_for_byte()
    {
        using var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Settings);
        Assert.All(store.Execute(IstanbulDemo.Commands()), o => Assert.True(o.Accepted, o.Reason));
        var incremental = store.Log.ReadAllProjectionsOrdered().Select(p => (p.Kind, p.Key, Convert.ToHexString(p.Body))).ToList();

        var written = store.Rebuild();

        var rebuilt = store.Log.ReadAllProjectionsOrdered().Select(p => (p.Kind, p.Key, Convert.ToHexString(p.Body))).ToList();
        Assert.Equal(incremental.Count, written);
        Assert.Equal(incremental, rebuilt);
        Assert.Equal(store.Log.LastSequence, store.Log.ProjectedThrough);
    }

    [Fact]
    public void Personal_data_is_only_in_the_private_part_of_the_log_and_never_in_a_projection()
    {
        using var store = ParleyStore.Open(Database, OpenMode.CreateIfMissing, settings: Settings);
        Assert.All(store.Execute(IstanbulDemo.Commands()), o => Assert.True(o.Accepted, o.Reason));
        var secrets = store.State.Exchanges.Values
            .SelectMany(x => x.Persons.Values.Select(p => p.Details).Concat(x.Requests.Values.Select(r => r.Details)))
            .SelectMany(d => d!.Names.Select(n => n.Text).Concat(d.Names.Select(n => n.Surname!))
                .Concat(d.DateOfBirth is { } dob ? [dob.ToString("uuuu-MM-dd", null)] : []))
            .ToHashSet();
        var publicText = string.Join("\n", store.Log.Read().Select(e => System.Text.Encoding.UTF8.GetString(e.Public)));
        var projections = string.Join("\n", store.Log.ReadAllProjectionsOrdered().Select(p => System.Text.Encoding.UTF8.GetString(p.Body)));

        Assert.True(secrets.Count > 1000);
        Assert.DoesNotContain(secrets, s => publicText.Contains(s, StringComparison.Ordinal));
        Assert.DoesNotContain(secrets, s => projections.Contains(s, StringComparison.Ordinal));
        Assert.Contains(store.Log.Read(), e => e.Private is { Length: > 0 });
    }

    internal static IReadOnlyList<Command> Setup(string terms) =>
    [
        new RegisterParty("RU", "Russian Federation"),
        new RegisterParty("UA", "Ukraine"),
        new ScheduleRound("r1", 1, "Dolmabahçe Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 5, 16, 13, 30), null),
        new RecordAgreement("a1", "r1", "Exchange", "An exchange.", terms, ["RU", "UA"]),
        new OpenExchange("x", "a1", "RU", "UA"),
    ];

    internal static PersonDetails Person() =>
        new([new PersonName("Тестенко Тест Тестович")], new LocalDate(1990, 1, 1), ["military"],
            ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>Records holding ImmutableList compare by reference; compare summaries by their JSON instead.</summary>
    internal sealed class SummaryComparer : IEqualityComparer<ExchangeSummary>
    {
        public static readonly SummaryComparer Instance = new();

        public bool Equals(ExchangeSummary? x, ExchangeSummary? y) =>
            System.Text.Json.JsonSerializer.Serialize(x, Parley.Core.Wire.ParleyJson.Options) == System.Text.Json.JsonSerializer.Serialize(y, Parley.Core.Wire.ParleyJson.Options);

        public int GetHashCode(ExchangeSummary obj) => 0;
    }
}

/// <summary>The application service on SQLite.</summary>
public sealed class SqliteParleyStoreTests : ParleyStoreContract
{
    private readonly TempFolder _temp = new();

    protected override string Database => _temp.File("parley.db");

    protected override void ExecuteRaw(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Sqlite.Connect(Database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }

    protected override IReadOnlyList<byte[]> BlobsRaw(string sql)
    {
        using var connection = Sqlite.Connect(Database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var blobs = new List<byte[]>();
        while (reader.Read())
        {
            blobs.Add(reader.GetFieldValue<byte[]>(0));
        }
        return blobs;
    }

    protected override (string Database, StoreSettings? Settings) Other() => (_temp.File("other.db"), null);

    [Fact]
    public void A_second_writer_on_the_same_database_is_refused_with_a_locked_message()
    {
        var path = Database;
        using var first = ParleyStore.Open(path, OpenMode.CreateIfMissing, settings: Settings);

        var error = Assert.Throws<DatabaseLockedException>(() => ParleyStore.Open(path, OpenMode.MustExist, settings: Settings));

        Assert.Contains("locked by another process", error.Message);
        Assert.Contains(path, error.Message);
    }

    public override void Dispose()
    {
        _temp.Dispose();
        base.Dispose();
    }
}

/// <summary>The application service on PostgreSQL.</summary>
public sealed class PostgresParleyStoreTests(PostgresCluster cluster) : ParleyStoreContract
{
    private readonly TempFolder _temp = new();

    protected override string Database { get; } = cluster.CreateDatabase();

    protected override StoreSettings? Settings => new() { LogKeyPath = _temp.File("log.key") };

    protected override void ExecuteRaw(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new Npgsql.NpgsqlConnection(Database);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name.TrimStart('@'), value);
        }
        command.ExecuteNonQuery();
    }

    protected override IReadOnlyList<byte[]> BlobsRaw(string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(Database);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var blobs = new List<byte[]>();
        while (reader.Read())
        {
            blobs.Add(reader.GetFieldValue<byte[]>(0));
        }
        return blobs;
    }

    protected override (string Database, StoreSettings? Settings) Other() =>
        (cluster.CreateDatabase(), new StoreSettings { LogKeyPath = _temp.File("other.key") });

    public override void Dispose()
    {
        _temp.Dispose();
        base.Dispose();
    }
}
