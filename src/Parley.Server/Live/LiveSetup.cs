namespace Parley.Server.Live;

internal static class LiveSetup
{
    /// <summary>
    /// The live broadcast's parts: the hub and its timers (keep-alives, stalled readers), the caps on streams, the event stream and its frames, the pages (Razor
    /// components) and their output cache, and the static assets (the build's, as its manifest lists them: not watched
    /// for changes, nothing else served).
    /// </summary>
    public static WebApplicationBuilder AddLiveBroadcast(this WebApplicationBuilder builder, ServerOptions options)
    {
        builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
        builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";
        builder.Services.AddSingleton<BroadcastHub>().AddHostedService<KeepAliveTimer>().AddHostedService<StalledReaderTimer>()
            .AddSingleton<StreamAdmission>().AddHostedService<LiveRenderersWarmUp>()
            .AddSingleton<LiveFrames>().AddSingleton<EventStream>().AddSingleton<EventStreamBranch>()
            .AddSingleton<LiveFragments>().AddSingleton(LiveFragments.Encoder)
            .AddLiveCaching(options)
            .AddRazorComponents();
        return builder;
    }
}
