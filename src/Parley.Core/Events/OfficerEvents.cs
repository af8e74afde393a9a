using Parley.Core.Exchanges;

namespace Parley.Core.Events;

// The public record's submitters: officers' public keys, and the signed submissions they make.

public sealed record OfficerRegistered(string Party, string Officer, string Key) : DomainEvent
{
    public override string Type => "officer.registered";
}

/// <summary>
/// A signed submission accepted: its public leaf carries the exchange, party, officer, counter and command name, the
/// commitment to <see cref="Content"/> (the submitted text, private: it may hold personal data) and the signature.
/// The events the submission decided follow it in the log.
/// </summary>
public sealed record SubmissionSigned(string Exchange, string Party, string Officer, long Counter, string Command, SubmittedText Content) : DomainEvent
{
    public override string Type => "submission.signed";
}

/// <summary>The exact text of a signed submission: private, because a roster holds personal data.</summary>
public sealed record SubmittedText(string Text) : IPersonalData;
