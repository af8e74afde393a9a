using Parley.Core.Commands;
using Parley.Core.Rules;

namespace Parley.Store.Domain;

/// <summary>What became of one command: accepted with the sequence numbers of its events, or rejected with the reason.</summary>
public sealed record CommandOutcome(Command Command, bool Accepted, long FirstSequence, long LastSequence, int EventCount, ParleyException? Rejection)
{
    public static CommandOutcome Accept(Command command, long first, long last) => new(command, true, first, last, (int)(last - first + 1), null);

    public static CommandOutcome Reject(Command command, ParleyException reason) => new(command, false, 0, 0, 0, reason);

    public string Reason => Rejection?.Message ?? "";
}
