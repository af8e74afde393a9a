using Parley.Core.Broadcast.Live;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.State;
using Parley.Core.Tests.Support;

namespace Parley.Core.Tests.Broadcast;

/// <summary>
/// Commands decided one after another, each event numbered as the log numbers it and fed to the live projection, as the
/// server does when it reads the log.
/// </summary>
internal sealed class LiveLog
{
    private long _sequence;

    public ParleyState State { get; private set; } = ParleyState.Empty;

    public LiveBroadcast Broadcast { get; private set; } = LiveBroadcast.Empty;

    /// <summary>The entries of the last command, in order.</summary>
    public List<LivePublication> Published { get; } = [];

    /// <summary>The parties, the mediator and round r1 of <see cref="World.Talks"/>.</summary>
    public static LiveLog Talks()
    {
        var log = new LiveLog();
        log.Do(new RegisterParty("RU", "Russian Federation"));
        log.Do(new RegisterParty("UA", "Ukraine"));
        log.Do(new RegisterMediator("TR", "Republic of Türkiye", "Hakan Fidan"));
        log.Do(new ScheduleRound("r1", 1, "Dolmabahçe Palace", "Istanbul", "Europe/Istanbul", new NodaTime.LocalDateTime(2025, 5, 16, 13, 30), "TR"));
        return log;
    }

    public LiveLog Do(Command command)
    {
        var decision = Decider.Decide(State, command, World.Now);
        State = decision.State;
        Published.Clear();
        foreach (var e in decision.Events)
        {
            var update = LiveProjection.Apply(Broadcast, new LoggedEvent(++_sequence, World.Now, e), State);
            Broadcast = update.Broadcast;
            Published.AddRange(update.Published);
        }
        return this;
    }
}
