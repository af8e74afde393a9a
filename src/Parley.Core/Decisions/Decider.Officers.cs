using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;
using Parley.Core.State;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static readonly DomainRule SubmissionCounter = new("submission-counter", "each officer's signed submissions carry strictly increasing counters, so none can be replayed");

    private static readonly DomainRule SubmissionScope = new("submission-scope", "an officer signs only for their own party, on an exchange that party is a side of, and only lists, amendments, confirmations and movements of that exchange");

    private static readonly DomainRule KeyRevoked = new("officer-key-revoked", "a revoked key signs nothing: its submissions are refused until a new key is rotated in");

    private static readonly DomainRule SubmissionExpiry = new("submission-expiry", "a signed submission is accepted only up to the not-after time its officer signed");

    private static readonly DomainRule PartyKeyOnce = new("party-key-once", "a party's own key is recorded once and is a signing key (type 0x01)");

    private static readonly DomainRule OfficerEndorsement = new("officer-endorsement", "once a party's own key is recorded, its officers' and witnesses' keys are registered and rotated only with that key's endorsement");

    private static readonly DomainRule KeyRotation = new("key-rotation", "a rotated key keeps the officer's name and type and has a new key ID");

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
        var key = VerifierKey(c.Key, officer);
        context.Emit(new OfficerRegistered(party, officer, key, Endorsement(context, party, officer, c.Endorsement)));
    }

    private static void RegisterPartyKey(Context context, RegisterPartyKey c)
    {
        var party = Required(c.Party, "party");
        if (!context.State.Parties.ContainsKey(party))
        {
            throw Violation(DomainRule.KnownReference, $"party '{party}' is not registered");
        }
        if (context.State.PartyKeys.TryGetValue(party, out var recorded))
        {
            throw Violation(PartyKeyOnce, $"party '{party}' already has its key recorded ({recorded})");
        }
        var key = Required(c.Key, "key");
        var name = key.Split('+')[0];
        if (name.Length == 0 || key.Split('+').Length < 3)
        {
            throw new InvalidFieldException("key", key, "the key must be a verifier key, name+keyid+base64 (parley keys new prints it)");
        }
        if (KeyParts(key, name).Type != 1)
        {
            throw Violation(PartyKeyOnce, $"the key '{name}' is not a signing key (type 0x01): a party's key signs endorsements, it does not cosign");
        }
        context.Emit(new PartyKeyRegistered(party, key));
    }

    /// <summary>
    /// The endorsement a registration or rotation carries: required once the party's key is recorded, refused before (there
    /// is nothing to check it against). Its signature is the store's to check, before the decision.
    /// </summary>
    private static string? Endorsement(Context context, string party, string officer, string? endorsement)
    {
        var hasKey = context.State.PartyKeys.ContainsKey(party);
        if (hasKey && string.IsNullOrWhiteSpace(endorsement))
        {
            throw Violation(OfficerEndorsement, $"party '{party}' has its own key recorded, so officer '{officer}''s key needs its endorsement ('parley keys endorse' with the party's key)");
        }
        if (!hasKey && endorsement is not null)
        {
            throw new InvalidFieldException("endorsement", null, $"party '{party}' has no key recorded to check an endorsement against: record it first (register-party-key), or leave the endorsement out");
        }
        return endorsement;
    }

    private static void RevokeOfficerKey(Context context, RevokeOfficerKey c)
    {
        var officer = RegisteredOfficer(context, c.Officer);
        if (officer.Revoked)
        {
            throw Violation(KeyRevoked, $"the key of officer '{officer.Name}' is already revoked");
        }
        context.Emit(new OfficerKeyRevoked(officer.Party, officer.Name, Required(c.Reason, "reason")));
    }

    private static void RotateOfficerKey(Context context, RotateOfficerKey c)
    {
        var officer = RegisteredOfficer(context, c.Officer);
        var key = VerifierKey(c.Key, officer.Name);
        var (oldType, oldId) = KeyParts(officer.Key, officer.Name);
        var (newType, newId) = KeyParts(key, officer.Name);
        if (newId == oldId)
        {
            throw Violation(KeyRotation, $"the new key of officer '{officer.Name}' has the same key ID as the old one ({newId}); a rotated key is a new key");
        }
        if (newType != oldType)
        {
            throw Violation(KeyRotation, $"officer '{officer.Name}' has a key of type {oldType}, the new key is of type {newType}: a witness is retired (revoke-officer-key) and a new one registered instead");
        }
        context.Emit(new OfficerKeyRotated(officer.Party, officer.Name, key, Endorsement(context, officer.Party, officer.Name, c.Endorsement)));
    }

    private static Officer RegisteredOfficer(Context context, string name) =>
        context.State.Officers.GetValueOrDefault(Required(name, "officer"))
            ?? throw Violation(DomainRule.KnownReference, $"officer '{name}' is not registered");

    /// <summary>A verifier key's text, <c>name+keyid+base64</c>, named <paramref name="officer"/> (the signature check reads it fully).</summary>
    private static string VerifierKey(string key, string officer)
    {
        Required(key, "key");
        if (!key.StartsWith(officer + "+", StringComparison.Ordinal) || key.Split('+').Length < 3)
        {
            throw new InvalidFieldException("key", key, $"the key must be the officer's verifier key, name+keyid+base64, named '{officer}'");
        }
        return key;
    }

    /// <summary>
    /// The type byte (the first of the base64 data) and the key ID of a verifier key <c>name+keyid+base64</c> named
    /// <paramref name="officer"/>; the base64 may itself hold '+', so the parts are cut after the name, not split.
    /// </summary>
    private static (int Type, string KeyId) KeyParts(string key, string officer)
    {
        var rest = key[(officer.Length + 1)..];
        var plus = rest.IndexOf('+', StringComparison.Ordinal);
        var keyId = plus < 0 ? rest : rest[..plus];
        try
        {
            var bytes = plus < 0 ? [] : Convert.FromBase64String(rest[(plus + 1)..]);
            return (bytes.Length > 0 ? bytes[0] : -1, keyId);
        }
        catch (FormatException)
        {
            return (-1, keyId);
        }
    }

    private static void SubmitSigned(Context context, SubmitSigned c)
    {
        var officer = context.State.Officers.GetValueOrDefault(c.Officer)
            ?? throw Violation(DomainRule.KnownReference, $"officer '{c.Officer}' is not registered");
        if (officer.Party != c.Party)
        {
            throw Violation(SubmissionScope, $"officer '{c.Officer}' belongs to party {officer.Party}, not {c.Party}");
        }
        if (officer.Revoked)
        {
            throw Violation(KeyRevoked, $"the key of officer '{c.Officer}' has been revoked; the submission is refused (the mediator rotates in a new key with rotate-officer-key)");
        }
        if (c.NotAfter is { } notAfter && context.Now > notAfter)
        {
            throw Violation(SubmissionExpiry, $"the submission of officer '{c.Officer}' (counter {c.Counter}) was signed to be valid until {notAfter}, and it is now {context.Now}: sign it again");
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
        context.Emit(new SubmissionSigned(c.Exchange, c.Party, c.Officer, c.Counter, c.Inner.Name, new SubmittedText(c.Text), c.Origin, c.NotAfter));
        // The inner command is the officer's own act: decided, and recorded, as the key that signed it.
        var officerActor = new Actors.Actor(Actors.ActorRole.Party, "key:" + c.Officer, c.Party);
        foreach (var e in Decide(context.State, c.Inner, officerActor, context.Now).Events)
        {
            context.Emit(e);
        }
    }
}
