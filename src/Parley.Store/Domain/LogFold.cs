using System.Runtime.ExceptionServices;
using Parley.Core.Events;
using Parley.Core.State;
using Parley.Core.Wire;
using Parley.Store.Serialization;

namespace Parley.Store.Domain;

/// <summary>
/// Folds stored events, in order, into the state they say: the one reading of a log, shared by the replay on open
/// (<see cref="ParleyStore.Replay"/>), by a store taking in what other writers appended (<see cref="ParleyStore.CatchUp()"/>),
/// and by <c>parley copy</c>, which folds the events as it copies them. An event that
/// needs a private part and has none was erased, if a later <c>exchange.erased</c> of its exchange says so; the first
/// such event of each exchange waits for it, and one still waiting at the end is damage.
/// </summary>
internal sealed class LogFold(string location, ParleyState? start = null, Action<DomainEvent, ParleyState>? applied = null)
{
    private readonly Dictionary<string, StoredEvent> _awaitingErasure = new(StringComparer.Ordinal);

    /// <summary>The state after the events applied so far (from <c>start</c>, the empty state by default).</summary>
    public ParleyState State { get; private set; } = start ?? ParleyState.Empty;

    /// <summary>Applies the next event of the log.</summary>
    /// <exception cref="CorruptLogException">The event cannot be read or does not apply.</exception>
    public void Apply(StoredEvent stored) => Apply(Decode(stored));

    /// <summary>
    /// Reads a stored event (its private part too, unless it was erased). Pure and thread-safe, so a replay decodes on other
    /// threads while this fold applies in order; a failure is kept and thrown by <see cref="Apply(DecodedEvent)"/> in its place.
    /// </summary>
    public static DecodedEvent Decode(StoredEvent stored)
    {
        var erased = stored.Private is null && EventCodec.RequiresPrivatePart(stored.Type);
        try
        {
            return new DecodedEvent(stored, erased ? stored.DecodePublic() : stored.Decode(), erased, null);
        }
        catch (Exception e)
        {
            return new DecodedEvent(stored, null, erased, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>Applies the next event of the log, decoded.</summary>
    /// <exception cref="CorruptLogException">The event cannot be read or does not apply.</exception>
    public void Apply(DecodedEvent decoded)
    {
        var stored = decoded.Stored;
        try
        {
            decoded.Failure?.Throw();
            var e = decoded.Event!;
            if (decoded.Erased)
            {
                var exchange = e is SubmissionSigned signed ? signed.Exchange : ((IExchangeEvent)e).Exchange;
                _awaitingErasure.TryAdd(exchange, stored);
            }
            if (e is ExchangeErased erasure)
            {
                _awaitingErasure.Remove(erasure.Exchange);
            }
            State = State.Apply(e);
            applied?.Invoke(e, State);
        }
        catch (Exception e) when (e is not UnknownEventTypeException)
        {
            throw new CorruptLogException(location, stored.Sequence, stored.Type, e);
        }
    }

    /// <summary>The state of the whole log, once every event is applied.</summary>
    /// <exception cref="CorruptLogException">An event lacks its private part and no later erasure explains it.</exception>
    public ParleyState Finish()
    {
        if (_awaitingErasure.Values.MinBy(e => e.Sequence) is { } missing)
        {
            throw new CorruptLogException(location, missing.Sequence, missing.Type,
                new InvalidDataException("it has no private part, but it needs one, and no later exchange.erased erased it"));
        }
        return State;
    }
}

/// <summary>A stored event and what it says (or why it could not be read), ready for <see cref="LogFold.Apply(DecodedEvent)"/>.</summary>
internal sealed record DecodedEvent(StoredEvent Stored, DomainEvent? Event, bool Erased, ExceptionDispatchInfo? Failure);
