using System.Collections.Immutable;
using Parley.Core.Events;
using Parley.Core.Wire;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Server.Views;

/// <summary>
/// The verifier's interviews as the log records them, with their private notes (the state keeps only where each person
/// stands). Read from the log as it grows, once per new event, so a page costs no replay.
/// </summary>
public sealed class InterviewJournal(ParleyStore store)
{
    private static readonly string Type = WireTypes.NameOf<InterviewRecorded>();

    private readonly Lock _gate = new();
    private long _through;
    private ImmutableDictionary<(string Exchange, string Person), ImmutableList<InterviewRecorded>> _interviews =
        ImmutableDictionary<(string Exchange, string Person), ImmutableList<InterviewRecorded>>.Empty;

    /// <summary>The interviews of one person, oldest first.</summary>
    public IReadOnlyList<InterviewRecorded> Of(string exchange, string person) =>
        CatchUp().GetValueOrDefault((exchange, person)) ?? [];

    private ImmutableDictionary<(string Exchange, string Person), ImmutableList<InterviewRecorded>> CatchUp()
    {
        lock (_gate)
        {
            // The state's version: the last event this node holds, its own or another node's.
            var last = store.State.Version;
            if (last > _through)
            {
                var interviews = _interviews.ToBuilder();
                foreach (var stored in store.Log.Read(_through + 1))
                {
                    if (stored.Sequence > last)
                    {
                        break;
                    }
                    if (stored.Type == Type && stored.Decode() is InterviewRecorded e)
                    {
                        var key = (e.Exchange, e.Person);
                        interviews[key] = interviews.GetValueOrDefault(key, []).Add(e);
                    }
                }
                _interviews = interviews.ToImmutable();
                _through = last;
            }
            return _interviews;
        }
    }
}
