using NodaTime;
using Parley.Core.Exchanges;
using Parley.Core.Wire;

namespace Parley.Core.Events;

/// <summary>
/// The neutral verifier interviewed a person (identity and consent to return). The outcome is public; the notes are
/// private to the verifier and the mediator. A confirmed or declined outcome is followed by the person's move.
/// </summary>
[WireName("interview.recorded")]
public sealed record InterviewRecorded(string Exchange, string Person, InterviewOutcome Outcome, Instant At, PrivateNote? Note) : DomainEvent, IExchangeEvent;
