namespace Parley.Core.Events;

/// <summary>An event about one exchange: it may move the exchange's public figures.</summary>
public interface IExchangeEvent
{
    string Exchange { get; }
}
