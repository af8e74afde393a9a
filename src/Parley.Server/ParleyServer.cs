using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Parley.Demo;
using Parley.Server.Access;
using Parley.Server.Api;
using Parley.Server.Desk;
using Parley.Server.Feasibility;
using Parley.Server.Live;
using Parley.Server.Operations;
using Parley.Server.Pipeline;
using Parley.Server.PublicRecord;
using Parley.Store;
using Parley.Store.Domain;
using Scalar.AspNetCore;

namespace Parley.Server;

/// <summary>
/// The Parley server: one database, the HTTP API, the live broadcast. <see cref="Build"/> is the whole of the setup; the
/// endpoints live with their features (<c>MapXxxApi</c>), and every endpoint says who may call it (<see cref="AccessPolicy"/>).
/// </summary>
public static class ParleyServer
{
    /// <summary>
    /// The API reference page (Scalar) starts itself with an inline module script and inline styles, and loads its fonts
    /// from elsewhere; it shows the OpenAPI document, which holds no personal data.
    /// </summary>
    private const string ScalarPolicy = "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; font-src 'self' https: data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

    public static WebApplication Build(ServerOptions options)
    {
        var store = OpenStore(options);
        var tokens = TokenStore.Open(options.DatabasePath);
        var publicLog = Store.PublicRecord.PublicLog.Open(options.DatabasePath);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ParleyServer).Assembly.GetName().Name,
            // wwwroot is beside the program, wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        OpenFileLimit.RaiseToHardLimit();
        var connections = OpenFileLimit.Connections(options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.MaxResponseBufferSize = options.ResponseBufferBytes;
            // No MaxConcurrentConnections: the transport stops accepting at the cap (BoundedConnections), and Kestrel's
            // own limit would only count the same connections again, in a middleware on every connection.
        });
        // A reconnect storm (every reader of a page at once, after a proxy restart) must not overflow the listen queues:
        // a dropped connection attempt costs its client a second before it tries again.
        builder.WebHost.UseSockets(sockets => sockets.Backlog = options.ListenBacklog);
        BoundedConnections.Use(builder.Services, connections, options.ListenQueues);
        builder.Logging.ClearProviders().AddJsonConsole();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.Information);
        // Hosting's diagnostics log nothing at these levels but a failed start, which the command line reports itself;
        // enabled at all, they open a log scope and an Activity for every request (4 % of a reconnect storm's time).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton(options).AddSingleton(store).AddSingleton(tokens).AddSingleton(publicLog)
            .AddSingleton(_ => Store.PublicRecord.CosignatureStore.Open(publicLog)).AddSingleton<LogVerifierKey>().AddSingleton<CommandGate>()
            .AddSingleton<PersonalDataAudit>().AddSingleton<Desk.DeskSignals>()
            .AddSingleton<FeasibilityReports>()
            .AddSingleton<Family.FamilyJournal>().AddSingleton<Family.FamilyAttempts>().AddSingleton<Family.FamilyMessagePages>().AddSingleton<Family.ReceiptIssuer>();
        builder.Services.AddSingleton<Views.InterviewJournal>().AddSingleton<Desk.ReconcileJobs>()
            .AddHostedService(services => services.GetRequiredService<Desk.ReconcileJobs>())
            .AddHostedService<Retention.RetentionTimer>()
            .AddHostedService<Nodes.LogFollower>();
        builder.AddLiveBroadcast(options);
        builder.Services.ConfigureHttpJsonOptions(json => Configure(json.SerializerOptions));
        builder.Services.AddParleyOpenApi();
        builder.Services.AddParleyPipeline(options);

        var app = builder.Build();
        var hub = app.Services.GetRequiredService<BroadcastHub>();
        app.Lifetime.ApplicationStopping.Register(hub.Close);
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            tokens.Dispose();
            publicLog.Dispose();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        });

        app.UseParleyPipeline(options);

        app.MapOpenApi().AllowEveryone();
        app.MapScalarApiReference().AllowEveryone().WithContentSecurityPolicy(ScalarPolicy);
        app.MapHealthApi().MapCommandsApi().MapReadsApi().MapTalksApi().MapFeasibilityApi().MapRosterApi().MapExchangeViewsApi().MapReconciliationApi().MapLiveApi().MapLiveEmbed().MapLiveAssets().MapLogApi();
        Family.FamilyApi.MapFamilyApi(app);
        app.MapDesk();
        return app;
    }

    /// <summary>Opens the database for writing; with <see cref="ServerOptions.Demo"/>, loads the demo into it first if it is new.</summary>
    private static ParleyStore OpenStore(ServerOptions options)
    {
        // A server runs for long and writes for both sides: it checks every page of its file whenever it starts, whatever
        // the interval the command line keeps between its own checks.
        var store = ParleyStore.Open(options.DatabasePath, OpenMode.CreateIfMissing, settings: options.Store with { IntegrityCheckEvery = TimeSpan.Zero });
        try
        {
            if (options.Demo && !store.State.Exchanges.ContainsKey(IstanbulDemo.May))
            {
                if (store.Log.LastSequence > 0)
                {
                    throw new DemoRefusedException(options.DatabasePath, store.Log.LastSequence);
                }
                var failed = store.Execute(IstanbulDemo.Commands()).FirstOrDefault(o => !o.Accepted);
                if (failed is not null)
                {
                    throw new InvalidOperationException($"the demo's own command {failed.Command.Name} was rejected: {failed.Reason}");
                }
            }
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The API's JSON: the log's own settings (camelCase, NodaTime ISO formats, enums as words).</summary>
    private static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        json.NumberHandling = JsonNumberHandling.Strict;
        json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        json.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }
}
