using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    /// <summary>
    /// Erasing an exchange's personal data: once, and not while the exchange runs unless forced with a reason (both go in
    /// the public event). The store removes the private parts when it appends the event.
    /// </summary>
    private static void EraseExchange(Context context, EraseExchange c)
    {
        var exchange = FindExchange(context, c.Exchange);
        if (exchange.Erasure is { } earlier)
        {
            throw Violation(DomainRule.Erasure,
                $"exchange '{exchange.Id}' was already erased at {earlier.At} by {earlier.By?.ToString() ?? "an unnamed actor"}");
        }
        var reason = string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason.Trim();
        if (!exchange.Fulfilled && !c.Force)
        {
            throw Violation(DomainRule.Erasure,
                $"exchange '{exchange.Id}' is still running (not fulfilled); erase it now only with force and a reason");
        }
        if (c.Force && reason is null)
        {
            throw new InvalidFieldException("reason", null, "reason is required when an erasure is forced: it is recorded in the public record");
        }
        context.Emit(new ExchangeErased(exchange.Id, exchange.Persons.Count + exchange.Requests.Count, c.Force, reason, context.Now));
    }
}
