using System.Globalization;
using Parley.Server.Problems;

namespace Parley.Server.Live;

/// <summary>
/// Caps on open event streams, per client address and in total (<see cref="ServerOptions.MaxStreamsPerAddress"/>,
/// <see cref="ServerOptions.MaxStreams"/>): a client that opens thousands of streams and never reads them gets 429 for
/// its own excess, and the server as a whole keeps descriptors and memory for the readers it already has (503).
/// </summary>
public sealed class StreamAdmission(ServerOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _byAddress = new(StringComparer.Ordinal);
    private int _total;

    /// <summary>The cap on all streams: configured, or derived from the process's open-file limit.</summary>
    public int MaxStreams { get; } = options.MaxStreams ?? OpenFileLimit.Streams(options);

    public int Open
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>Admits a stream from <paramref name="address"/>, or says which cap refuses it; dispose the ticket when the stream ends.</summary>
    public StreamTicket? TryAdmit(string address, out StreamRefusal refusal)
    {
        lock (_gate)
        {
            var mine = _byAddress.GetValueOrDefault(address);
            if (mine >= options.MaxStreamsPerAddress)
            {
                refusal = StreamRefusal.AddressFull;
                return null;
            }
            if (_total >= MaxStreams)
            {
                refusal = StreamRefusal.ServerFull;
                return null;
            }
            _byAddress[address] = mine + 1;
            _total++;
            refusal = StreamRefusal.None;
            return new StreamTicket(this, address);
        }
    }

    /// <summary>429 for a client over its own cap, 503 for a full server; both say when to try again.</summary>
    public IResult Refused(HttpContext context, StreamRefusal refusal)
    {
        var seconds = (long)Math.Ceiling(options.StreamRetryAfter.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // And the connection closed: a client refused a stream must not keep the descriptor by keeping the connection.
        context.Response.Headers.Connection = "close";
        return refusal == StreamRefusal.AddressFull
            ? Problem.TooManyRequests($"your address already has {options.MaxStreamsPerAddress} event streams open, the most one address may; close one or retry after {seconds} s")
            : TypedResults.Problem($"the server has as many event streams open as it may ({MaxStreams:N0}); retry after {seconds} s",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many readers right now; retry later.");
    }

    private void Release(string address)
    {
        lock (_gate)
        {
            _total--;
            if (_byAddress[address] == 1)
            {
                _byAddress.Remove(address);
            }
            else
            {
                _byAddress[address]--;
            }
        }
    }

    /// <summary>One admitted stream; disposing it (once) gives its place back.</summary>
    public sealed class StreamTicket(StreamAdmission admission, string address) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                admission.Release(address);
            }
        }
    }
}

/// <summary>Why a stream was not admitted.</summary>
public enum StreamRefusal
{
    None,

    /// <summary>The client's address holds as many streams as it may: 429.</summary>
    AddressFull,

    /// <summary>The server holds as many streams as it may: 503.</summary>
    ServerFull,
}
