using Parley.Core.Claims;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static void RecordClaim(Context context, RecordClaim c)
    {
        var id = Ids.Check(c.Id, "id");
        if (context.State.Claims.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"claim '{id}' is already recorded");
        }
        var exchange = FindExchange(context, c.Exchange);
        var holder = Required(c.Holder, "holder");
        if (holder != exchange.SideA && holder != exchange.SideB)
        {
            throw new InvalidFieldException("holder", holder,
                $"holder must be a party of exchange '{exchange.Id}' ('{exchange.SideA}' or '{exchange.SideB}')");
        }
        if (c.Stage is { } stage)
        {
            if (!exchange.Stages.ContainsKey(stage))
            {
                throw Violation(DomainRule.KnownReference, $"stage '{stage}' is not planned in exchange '{exchange.Id}'");
            }
            if (!c.Figure.AppliesToStage())
            {
                throw new InvalidFieldException("figure", c.Figure.ToWord(),
                    "a claim about a stage counts people scheduled, released, received or declined in it");
            }
        }
        if (c.Value < 0)
        {
            throw new InvalidFieldException("value", c.Value, "value must be a count of people, 0 or more");
        }
        if (c.Source is null || !c.Source.IsAbsoluteUri || (c.Source.Scheme != Uri.UriSchemeHttps && c.Source.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidFieldException("source", c.Source, "source must be an absolute http or https address");
        }
        if (c.At > context.Now)
        {
            throw new InvalidFieldException("at", c.At, "at must not be in the future: a claim is recorded after it was made");
        }
        context.Emit(new ClaimRecorded(id, exchange.Id, Required(c.Claimant, "claimant"), holder, c.Figure, c.Stage, c.Value,
            c.Source.ToString(), c.At, c.NamesConfirmed ? true : null));
    }
}
