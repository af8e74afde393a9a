using Parley.Core.Exchanges;
using Parley.Core.Wire;

namespace Parley.Core.Events;

// The public record's submitters: officers' public keys, and the signed submissions they make.

[WireName("officer.registered")]
public sealed record OfficerRegistered(string Party, string Officer, string Key) : DomainEvent;

/// <summary>
/// A signed submission accepted: its public leaf carries the exchange, party, officer, counter and command name, the
/// commitment to <see cref="Content"/> (the submitted text, private: it may hold personal data) and the signature.
/// The events the submission decided follow it in the log.
/// </summary>
[WireName("submission.signed")]
public sealed record SubmissionSigned(string Exchange, string Party, string Officer, long Counter, string Command, SubmittedText Content) : DomainEvent;

/// <summary>The exact text of a signed submission: private, because a list holds personal data.</summary>
public sealed record SubmittedText(string Text) : IPersonalData;
