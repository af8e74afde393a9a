using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.State;
using Parley.Server.Access;

namespace Parley.Server.Api;

/// <summary>
/// Which role may issue which command. The mediator runs the talks and the exchange; a party officer submits and amends
/// its own side's roster, confirms its own side's releases and receives the other side's people, always as a signed
/// submission; the press posts entries.
/// </summary>
public static class CommandPermissions
{
    /// <summary>Null when allowed, else the reason it is not. Unknown exchanges and people pass, for the decider to reject.</summary>
    public static string? Check(Caller caller, Command command, ParleyState state)
    {
        return caller.Role switch
        {
            Role.Mediator => command is PostEntry ? "entries of the live broadcast are written by the press officer" : null,
            Role.Press => command is PostEntry ? null : "the press officer may only post entries (post-entry)",
            Role.Party => ForParty(caller.Party!, command, state),
            _ => "sign in to submit commands",
        };
    }

    private static string? ForParty(string party, Command command, ParleyState state)
    {
        // A party officer's submission carries the officer's signature as well as the token (docs/public-record.md §8).
        if (command is not Store.PublicRecord.SignedSubmission signed)
        {
            return command is ListPersons or AmendPerson or MovePersons
                ? $"a party officer's '{command.Name}' must be signed: send it as a signed-submission (parley sign)"
                : $"party officers submit signed rosters, amendments, releases, withdrawals and receipts; '{command.Name}' is the mediator's";
        }
        if (signed.Submission.Party != party)
        {
            return $"party {party} may not submit for party {signed.Submission.Party}";
        }
        return Inner(party, signed.Submission.Inner, state);
    }

    private static string? Inner(string party, Command command, ParleyState state)
    {
        switch (command)
        {
            case ListPersons c:
                return Side(state, c.Exchange, c.Side) is { } holder && holder != party
                    ? $"party {party} may list people on its own side only, not side {c.Side} ({holder})" : null;
            case AmendPerson c:
                return OwnSide(state, c.Exchange, [c.Person], party, receiving: false);
            case MovePersons { Movement: Movement.Release or Movement.Withdraw } c:
                return OwnSide(state, c.Exchange, c.Persons, party, receiving: false);
            case MovePersons { Movement: Movement.Receive } c:
                return OwnSide(state, c.Exchange, c.Persons, party, receiving: true);
            default:
                return $"party officers submit signed rosters, amendments, releases, withdrawals and receipts; '{command.Name}' is the mediator's";
        }
    }

    private static string? Side(ParleyState state, string exchange, Side side) =>
        state.Exchanges.GetValueOrDefault(exchange)?.PartyOf(side);

    /// <summary>Every named person must be on the party's own side (or, for a receipt, released to it by the other side).</summary>
    private static string? OwnSide(ParleyState state, string exchangeId, IEnumerable<string> persons, string party, bool receiving)
    {
        if (state.Exchanges.GetValueOrDefault(exchangeId) is not { } exchange)
        {
            return null;
        }
        foreach (var id in persons)
        {
            if (exchange.Persons.GetValueOrDefault(id) is { } person)
            {
                var side = receiving ? person.Side.Other() : person.Side;
                if (exchange.PartyOf(side) != party)
                {
                    return receiving
                        ? $"person '{id}' is received by {exchange.PartyOf(person.Side.Other())}, not by {party}"
                        : $"person '{id}' is on {exchange.PartyOf(person.Side)}'s roster, not {party}'s";
                }
            }
        }
        return null;
    }
}
