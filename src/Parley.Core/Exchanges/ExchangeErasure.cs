using NodaTime;
using Parley.Core.Actors;

namespace Parley.Core.Exchanges;

/// <summary>
/// That the personal data of an exchange's lists was erased: when, by whom, how many list entries, and whether it was
/// forced before the exchange was fulfilled (then with the reason). What the public record says of an erasure; the data
/// itself is gone. Immutable.
/// </summary>
public sealed record ExchangeErasure(Instant At, Actor? By, int People, bool Forced, string? Reason);
