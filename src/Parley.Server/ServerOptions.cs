using System.Net;

namespace Parley.Server;

/// <summary>
/// How `parley serve` runs: the database, the addresses, the demo, the limits that protect the server from hostile
/// clients, and how it sits behind a TLS-terminating reverse proxy (docs/deployment.md).
/// </summary>
public sealed record ServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The <c>--db</c> value: an SQLite file path or a PostgreSQL address (<c>postgres://…</c>, <c>Host=…</c>).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>What the store is told (a new log's origin); `parley serve` takes it from the environment.</summary>
    public Store.StoreSettings Store { get; init; } = new();

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Load the 2025 Istanbul demo into the database first when it is empty.</summary>
    public bool Demo { get; init; }

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Write requests (POST) one caller may make per minute before 429.</summary>
    public int WritesPerMinute { get; init; } = 600;

    /// <summary>
    /// Anonymous reads (GET and HEAD without a token) one client address may make per minute before 429; 0 turns the limit
    /// off. A page view is four requests (page, style, script, event stream), so the default lets a newsroom behind one
    /// address follow along and stops a script hammering the server.
    /// </summary>
    public int AnonymousReadsPerMinute { get; init; } = 1200;

    /// <summary>How many anonymous reads an address may make at once before the per-minute rate applies (a page and its assets).</summary>
    public int AnonymousReadBurst { get; init; } = 120;

    /// <summary>Receipt codes one client address may try on the family page per minute (docs/api.md, "Families").</summary>
    public int FamilyAttemptsPerMinute { get; init; } = 10;

    /// <summary>Receipt codes one client address may try at once before the per-minute rate applies.</summary>
    public int FamilyAttemptBurst { get; init; } = 10;

    /// <summary>How often an idle server-sent event stream gets a keep-alive comment.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a browser waits before reconnecting a dropped event stream (the SSE <c>retry</c> field).</summary>
    public TimeSpan Retry { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Events a subscriber may have waiting before it counts as slow and is cut off (it resumes with Last-Event-ID).</summary>
    public int SubscriberBuffer { get; init; } = 1024;

    /// <summary>
    /// The most event streams open at once; null: the client connections Kestrel keeps (the open-file limit less
    /// <see cref="ReservedFiles"/>) less 1,000 for pages, feeds and commands. Over it, a new stream gets 503.
    /// </summary>
    public int? MaxStreams { get; init; }

    /// <summary>
    /// Listen queues per endpoint (sockets sharing the port, <see cref="Pipeline.ListenQueues"/>; Linux only, 1 elsewhere):
    /// each holds up to <see cref="ListenBacklog"/> connections not yet accepted (at most the kernel's
    /// <c>net.core.somaxconn</c>), so a reconnect storm of this many times that finds room while the server answers its
    /// first readers, instead of its last readers being dropped and retrying a second later.
    /// </summary>
    public int ListenQueues { get; init; } = 4;

    /// <summary>The listen backlog of each listen queue (capped by the kernel's <c>net.core.somaxconn</c>).</summary>
    public int ListenBacklog { get; init; } = 4096;

    /// <summary>
    /// Open-file descriptors kept for everything but client connections (the database, the runtime, connections being
    /// refused): a process that runs out fails as out of memory, so connections stop this far short of the limit.
    /// </summary>
    public int ReservedFiles { get; init; } = 5000;

    /// <summary>
    /// The most event streams one client address (an IPv6 /64) may hold open; over it, a new stream gets 429. Generous,
    /// since a newsroom or a mobile carrier puts many readers behind one address.
    /// </summary>
    public int MaxStreamsPerAddress { get; init; } = 100;

    /// <summary>The Retry-After of a stream refused by a cap: long enough that a browser's retries do not become a storm.</summary>
    public TimeSpan StreamRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a flush to a reader may stay pending (the reader is not reading and its buffers are full) before the
    /// reader is cut off and its connection closed; an honest reader that was merely slow resumes with Last-Event-ID.
    /// </summary>
    public TimeSpan FlushTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long the figures of a page are gathered before they go to its readers: moves within the window are sent as one
    /// frame with the figures as they are at its end (zero: a frame per move, unless the dispatcher is behind).
    /// </summary>
    public TimeSpan FiguresWindow { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The clock the figures window runs on (tests give a fake one).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// On PostgreSQL, how often a node reads the log for other nodes' events even when no notification came (a lost
    /// notification is caught up within this); notifications wake it at once (Nodes/LogFollower).
    /// </summary>
    public TimeSpan FollowPoll { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The backlog a reconnecting reader needs is written in chunks of this many bytes, each flushed before the next.</summary>
    public int BacklogChunkBytes { get; init; } = 16 * 1024;

    /// <summary>
    /// Bytes Kestrel buffers per response before a write waits for the client (its MaxResponseBufferSize): with thousands
    /// of event streams open, this times the number of readers who stopped reading is the memory they can hold.
    /// </summary>
    public long ResponseBufferBytes { get; init; } = 16 * 1024;

    /// <summary>The most bytes of rendered event-stream frames kept for readers who reconnect and need a backlog.</summary>
    public long FrameCacheBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>The most bytes of rendered pages and feeds the output cache keeps.</summary>
    public long OutputCacheBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// How long the personal data of a fulfilled exchange is kept before the server erases it (docs/operations.md,
    /// "Retention"); null keeps it until someone runs <c>parley erase</c>.
    /// </summary>
    public Core.Exchanges.RetentionPolicy? Retention { get; init; }

    /// <summary>How often the server looks for exchanges the retention policy has made due.</summary>
    public TimeSpan RetentionInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Whether to log each request (off under load tests).</summary>
    public bool RequestLogging { get; init; } = true;

    /// <summary>
    /// The address the public reaches the server at (https://parley.example.org behind a reverse proxy): the links in
    /// feeds are made from it, never from the client's Host header, and it names the host names the server answers to.
    /// Null: the server's own listening address, for running on loopback.
    /// </summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>
    /// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (nginx on the same machine: 127.0.0.1);
    /// from any other peer those headers are ignored, so nobody can pose as another address or as HTTPS.
    /// </summary>
    public IReadOnlyList<IPAddress> TrustedProxies { get; init; } = [];

    /// <summary>
    /// The host names requests may name in Host (others get 400). Null: the public URL's host and the loopback names when
    /// <see cref="PublicUrl"/> is set, any host otherwise.
    /// </summary>
    public IReadOnlyList<string>? AllowedHosts { get; init; }

    /// <summary>How long browsers remember to use HTTPS only (Strict-Transport-Security), sent when the public URL is HTTPS.</summary>
    public TimeSpan HstsMaxAge { get; init; } = TimeSpan.FromDays(365);
}
