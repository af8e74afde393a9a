using System.Globalization;
using System.Text;
using NodaTime;
using Parley.Core.Commands;
using Parley.Server;
using Parley.Server.Access;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Bench.Broadcast;

/// <summary>
/// The live page the broadcast benches publish to and read (round <see cref="Live"/>), the press officer who publishes,
/// and the quiet server they measure: one place for what <c>sse</c> and <c>sse-nodes</c> share.
/// </summary>
internal static class BenchRound
{
    public const string Live = "bench";

    /// <summary>Schedules the bench's round on a new database (either kind) and makes a press token; returns the token.</summary>
    public static string Prepare(string database, StoreSettings? settings = null)
    {
        using (var store = ParleyStore.Open(database, OpenMode.CreateIfMissing, settings: settings))
        {
            var outcome = store.Execute(new ScheduleRound(Live, 1, "Bench venue", "Loopback", "Europe/Istanbul", new LocalDateTime(2025, 5, 16, 13, 30), null));
            if (!outcome.Accepted)
            {
                throw new InvalidOperationException(outcome.Reason);
            }
        }
        using var tokens = TokenStore.Open(database);
        return tokens.Create(Role.Press, null).Token;
    }

    /// <summary>The last event a live page says it holds (its <c>data-last</c>), or -1 when it says none.</summary>
    public static long Through(string page)
    {
        var parts = page.Split("data-last=\"");
        return parts.Length > 1 && long.TryParse(parts[1].Split('"')[0], CultureInfo.InvariantCulture, out var through) ? through : -1;
    }

    /// <summary>The last event the bench's live page holds, read from the server; throws when the page does not say.</summary>
    public static async Task<long> ThroughAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var through = Through(await http.GetStringAsync($"/live/{Live}", cancellationToken));
        return through >= 0 ? through : throw new InvalidOperationException($"the live page /live/{Live} says no data-last");
    }

    /// <summary>Publishes entry <paramref name="n"/> (its text carries the marker the swarm times) as the press officer.</summary>
    public static Task<HttpResponseMessage> PostEntry(HttpClient press, int n, CancellationToken cancellationToken) =>
        press.PostAsync($"/api/live/{Live}/entries", new StringContent($"{{\"markdown\":\"PQX{n}X\"}}", Encoding.UTF8, "application/json"), cancellationToken);

    /// <summary>
    /// A server child on the bench database, quiet. All subscribers come from 127.0.0.1 here: no per-address caps or read
    /// limits (the hostile bench has those).
    /// </summary>
    public static int Serve(string database, string urls, StoreSettings? store = null)
    {
        var app = ParleyServer.Build(new ServerOptions
        {
            DatabasePath = database,
            Store = store ?? new StoreSettings(),
            Urls = urls,
            RequestLogging = false,
            WritesPerMinute = 1_000_000,
            SubscriberBuffer = 1024,
            MaxStreamsPerAddress = int.MaxValue,
            AnonymousReadsPerMinute = 0,
        });
        app.Run();
        return 0;
    }
}
