namespace Parley.Core.Broadcast.Live;

/// <summary>An entry added to a live page: what the page's readers are sent.</summary>
public sealed record LivePublication(string Live, LiveEntry Entry);
