namespace Parley.Core.Broadcast.Live;

/// <summary>What a live page is about: a round, or an exchange (with the round whose agreement opened it).</summary>
public enum LivePageKind
{
    Round,
    Exchange,
}
