using System.Threading.Channels;

namespace Parley.Server.Live;

/// <summary>
/// One reader of a live page's event stream, with its own bounded queue: a reader too slow to keep up is cut off (its
/// queue completes) instead of holding the others up, and its browser resumes with Last-Event-ID, missing nothing.
/// </summary>
public sealed class Subscriber(string live, int capacity)
{
    private readonly Channel<LiveItem> channel = Channel.CreateBounded<LiveItem>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        SingleWriter = false,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public string Live { get; } = live;

    public ChannelReader<LiveItem> Reader => channel.Reader;

    /// <summary>Queues an item; false (and the stream ends) when the queue is full.</summary>
    internal bool Offer(LiveItem item)
    {
        if (channel.Writer.TryWrite(item))
        {
            return true;
        }
        channel.Writer.TryComplete();
        return false;
    }

    /// <summary>Queues an item if there is room, without cutting the subscriber off when there is not.</summary>
    internal bool TryOffer(LiveItem item) => channel.Writer.TryWrite(item);

    internal void End() => channel.Writer.TryComplete();
}
