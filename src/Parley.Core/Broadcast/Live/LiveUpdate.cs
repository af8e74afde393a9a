namespace Parley.Core.Broadcast.Live;

/// <summary>What one event did to the live broadcast: the pages afterwards, and the entries it added, in order.</summary>
public sealed record LiveUpdate(LiveBroadcast Broadcast, IReadOnlyList<LivePublication> Published);
