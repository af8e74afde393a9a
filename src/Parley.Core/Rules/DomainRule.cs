namespace Parley.Core.Rules;

/// <summary>A named rule of the domain with the sentence that states it; rejections cite one of these.</summary>
public sealed record DomainRule(string Name, string Sentence)
{
    public static readonly DomainRule UniqueId = new("unique-id", "an identifier names one thing only");
    public static readonly DomainRule KnownReference = new("known-reference", "a command may only refer to things already recorded");
    public static readonly DomainRule RoundLifecycle = new("round-lifecycle", "a round starts once, after it is scheduled, and concludes once, after it started");
    public static readonly DomainRule AgreementNeedsFormula = new("agreement-terms", "an agreement that opens an exchange must carry exchange terms");
    public static readonly DomainRule ExchangeParties = new("exchange-parties", "an exchange is between two different registered parties");
    public static readonly DomainRule OnePersonOneEntry = new("one-entry-per-person", "an id names one entry of an exchange's lists, so no one is counted twice");
    public static readonly DomainRule TermCoversPerson = new("term-covers-person", "every listed person falls under one of the agreement's terms");
    public static readonly DomainRule PersonLifecycle = new("person-lifecycle", "a person moves offered, matched, verified, scheduled, released, received, or leaves as declined, withdrawn or deceased, and never skips a step");
    public static readonly DomainRule OneStagePerPerson = new("one-stage-per-person", "a person is in at most one stage");
    public static readonly DomainRule ReceivedAfterReleased = new("received-after-released", "nobody is received who was not released");
    public static readonly DomainRule TermQuantity = new("term-quantity", "no term releases more than its quantity");
    public static readonly DomainRule StagePlan = new("stage-plan", "a stage takes no more people from a side than planned for it");
    public static readonly DomainRule StageOpen = new("stage-open", "people are scheduled into and released in open stages only");
    public static readonly DomainRule StageParity = new("stage-parity", "a stage closes only when the parity its terms require holds");
    public static readonly DomainRule StageCancel = new("stage-cancel", "only a stage nobody has been scheduled into can be cancelled");
    public static readonly DomainRule StageComplete = new("stage-complete", "a stage closes only when everyone scheduled in it has been released or taken out of it");
    public static readonly DomainRule Authority = new("authority", "a command comes only from a role that holds that power, and a party's officer acts only on its own lists and for its own people");
    public static readonly DomainRule ListOwner = new("list-owner", "a request list is the receiving party's and an offer list the holding party's, and an entry is on one list only");
    public static readonly DomainRule CorrectionOfRecord = new("correction-of-record", "a correction or retraction names an entry of the talks record that is there and not yet corrected or retracted");
    public static readonly DomainRule Erasure = new("erasure", "the personal data of an exchange is erased once, after the exchange is fulfilled, or before only when forced with a reason");
    public static readonly DomainRule ExchangeClosed = new("exchange-closed", "a fulfilled exchange takes no new people");

    public override string ToString() => Name;
}
