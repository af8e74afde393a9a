using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static readonly DomainRule SubmissionCounter = new("submission-counter", "each officer's signed submissions carry strictly increasing counters, so none can be replayed");

    private static readonly DomainRule SubmissionScope = new("submission-scope", "an officer signs only for their own party, on an exchange that party is a side of, and only lists, amendments, confirmations and movements of that exchange");

    private static void RegisterOfficer(Context context, RegisterOfficer c)
    {
        var party = Required(c.Party, "party");
        if (!context.State.Parties.ContainsKey(party))
        {
            throw Violation(DomainRule.KnownReference, $"party '{party}' is not registered");
        }
        var officer = Required(c.Officer, "officer");
        if (context.State.Officers.ContainsKey(officer))
        {
            throw Violation(DomainRule.UniqueId, $"officer '{officer}' is already registered");
        }
        var key = Required(c.Key, "key");
        if (!key.StartsWith(officer + "+", StringComparison.Ordinal) || key.Split('+').Length < 3)
        {
            throw new InvalidFieldException("key", key, $"the key must be the officer's verifier key, name+keyid+base64, named '{officer}'");
        }
        context.Emit(new OfficerRegistered(party, officer, key));
    }

    private static void SubmitSigned(Context context, SubmitSigned c)
    {
        var officer = context.State.Officers.GetValueOrDefault(c.Officer)
            ?? throw Violation(DomainRule.KnownReference, $"officer '{c.Officer}' is not registered");
        if (officer.Party != c.Party)
        {
            throw Violation(SubmissionScope, $"officer '{c.Officer}' belongs to party {officer.Party}, not {c.Party}");
        }
        var exchange = context.State.Exchanges.GetValueOrDefault(c.Exchange)
            ?? throw Violation(DomainRule.KnownReference, $"exchange '{c.Exchange}' is not open");
        if (exchange.SideA != c.Party && exchange.SideB != c.Party)
        {
            throw Violation(SubmissionScope, $"party {c.Party} is not a side of exchange '{c.Exchange}'");
        }
        var innerExchange = c.Inner switch
        {
            SubmitList l => l.Exchange,
            ListPersons l => l.Exchange,
            AmendPerson a => a.Exchange,
            MovePersons m => m.Exchange,
            ConfirmMatch m => m.Exchange,
            _ => throw Violation(SubmissionScope, $"'{c.Inner.Name}' cannot be submitted signed; only lists, amendments, confirmations and movements"),
        };
        if (innerExchange != c.Exchange)
        {
            throw Violation(SubmissionScope, $"the submission is signed for exchange '{c.Exchange}' but its command is for '{innerExchange}'");
        }
        if (c.Counter <= officer.LastCounter)
        {
            throw Violation(SubmissionCounter, $"counter {c.Counter} of officer '{c.Officer}' is not above its last, {officer.LastCounter}: a replayed or stale submission");
        }
        RequireParty(context, c, c.Party, $"party {c.Party}'s signed submissions");
        context.Emit(new SubmissionSigned(c.Exchange, c.Party, c.Officer, c.Counter, c.Inner.Name, new SubmittedText(c.Text)));
        // The inner command is the officer's own act: decided, and recorded, as the key that signed it.
        var officerActor = new Actors.Actor(Actors.ActorRole.Party, "key:" + c.Officer, c.Party);
        foreach (var e in Decide(context.State, c.Inner, officerActor, context.Now).Events)
        {
            context.Emit(e);
        }
    }
}
