using NodaTime;

namespace Parley.Core.Matching;

/// <summary>The receiving party's answer to the mediator's latest acceptance of a pair.</summary>
public sealed record ConfirmationRuling(ConfirmationVerdict Verdict, string By, Instant At, long Version);
