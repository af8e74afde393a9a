namespace Parley.Server;

/// <summary>How `parley serve` runs: the database, the addresses, the demo, and the limits that protect the server.</summary>
public sealed record ServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public required string DatabasePath { get; init; }

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Load the 2025 Istanbul demo into the database first when it is empty.</summary>
    public bool Demo { get; init; }

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Write requests (POST) one caller may make per minute before 429.</summary>
    public int WritesPerMinute { get; init; } = 600;

    /// <summary>How often an idle server-sent event stream gets a keep-alive comment.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a browser waits before reconnecting a dropped event stream (the SSE <c>retry</c> field).</summary>
    public TimeSpan Retry { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Events a subscriber may have waiting before it counts as slow and is cut off (it resumes with Last-Event-ID).</summary>
    public int SubscriberBuffer { get; init; } = 1024;

    /// <summary>The most bytes of rendered event-stream frames kept for readers who reconnect and need a backlog.</summary>
    public long FrameCacheBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>The most bytes of rendered pages and feeds the output cache keeps.</summary>
    public long OutputCacheBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Whether to log each request (off under load tests).</summary>
    public bool RequestLogging { get; init; } = true;
}
