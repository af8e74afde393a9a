using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Memory;
using Parley.Core.Broadcast.Live;
using Parley.Server.Feasibility;
using Parley.Store.Domain;

namespace Parley.Server.Live;

/// <summary>
/// The event-stream frames of the live pages, rendered once per entry (or figures) and language however many readers
/// get them, and kept in a size-limited memory cache for the readers who reconnect and need a backlog.
/// </summary>
public sealed class LiveFrames(BroadcastHub hub, ParleyStore store, LiveFragments html, FeasibilityReports feasibility, ServerOptions options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.FrameCacheBytes });

    /// <summary>A reader's frame for an entry, or for the figures marker (<see cref="BroadcastHub.Figures"/>).</summary>
    public byte[] For(string live, LiveEntry entry, string language) =>
        ReferenceEquals(entry, BroadcastHub.Figures) ? Figures(live, language) : Entry(live, entry, language);

    /// <summary>An entry as an SSE event whose id is its log sequence number; a correction also carries the corrected entry's new HTML.</summary>
    public byte[] Entry(string live, LiveEntry entry, string language) =>
        Cached(new EntryKey(live, entry.Sequence, entry.CorrectedBy, language), () =>
        {
            var page = hub.Page(live)!;
            var data = new JsonObject
            {
                ["seq"] = entry.Sequence,
                ["anchor"] = entry.Anchor,
                ["key"] = entry.Key,
                ["html"] = html.Entry(entry, page, language),
            };
            if (entry.Corrects is { } corrected && page.Find(corrected) is { } original)
            {
                data["replaces"] = original.Anchor;
                data["replacement"] = html.Entry(original, page, language);
            }
            return SseFrames.Event("entry", entry.Sequence, data);
        });

    /// <summary>
    /// The page's figures as they are now, as an SSE event without an id (so a reconnect's Last-Event-ID is unchanged: the
    /// page it reloads has the figures anyway); on an exchange's page, with its feasibility section, which moves with them.
    /// </summary>
    public byte[] Figures(string live, string language) =>
        Cached(new FiguresKey(live, language, hub.Through), () =>
        {
            var page = hub.Page(live)!;
            var view = LiveView.Of(page, store.State, language);
            var data = new JsonObject { ["html"] = html.Figures(view, language) };
            if (page.Kind == LivePageKind.Exchange)
            {
                data["feasibility"] = html.Feasibility(feasibility.Of(live), language);
            }
            return SseFrames.Event("figures", null, data);
        });

    private byte[] Cached(object key, Func<byte[]> render)
    {
        if (_cache.TryGetValue(key, out byte[]? frame))
        {
            return frame!;
        }
        frame = render();
        _cache.Set(key, frame, new MemoryCacheEntryOptions { Size = frame.Length });
        return frame;
    }

    public void Dispose() => _cache.Dispose();

    private readonly record struct EntryKey(string Live, long Sequence, string? CorrectedBy, string Language);

    private readonly record struct FiguresKey(string Live, string Language, long Position);
}
