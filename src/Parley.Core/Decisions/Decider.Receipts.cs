using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    /// <summary>The rule every refused receipt cites.</summary>
    public static readonly DomainRule ReceiptOwnRequest = new("receipt-own-request",
        "a party issues, reissues and revokes family receipts only for people on its own request list, one live receipt per person");

    private static void IssueReceipt(Context context, IssueReceipt c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var id = Required(c.Request, "request");
        var request = exchange.Requests.GetValueOrDefault(id)
            ?? throw Violation(ReceiptOwnRequest, exchange.Persons.ContainsKey(id)
                ? $"'{id}' is on an offer list of exchange '{exchange.Id}', not a request list: a receipt is for a person a party asked back"
                : $"'{id}' is not on a request list of exchange '{exchange.Id}'");
        var owner = exchange.ReceiverOf(request.Side);
        RequireParty(context, c, owner, $"request '{id}' (a receipt is issued by the party whose request list names the person)");
        var lookup = Hash(c.Lookup, "lookup");
        var feedLookup = Hash(c.FeedLookup, "feedLookup");
        var receipts = context.State.ReceiptsOf(exchange.Id);
        if (receipts.Values.Any(r => r.Lookup == lookup || r.FeedLookup == feedLookup))
        {
            throw Violation(DomainRule.UniqueId, "a receipt with this code was issued before: make a new code");
        }
        if (context.State.LiveReceipt(exchange.Id, id) is { } live)
        {
            if (!c.Reissue)
            {
                throw Violation(ReceiptOwnRequest, $"'{id}' already has a live receipt ({live.Id}): reissue it (which revokes the old one) or revoke it first");
            }
            context.Emit(new ReceiptRevoked(exchange.Id, live.Id));
        }
        var receipt = "r-" + (receipts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Emit(new ReceiptIssued(exchange.Id, receipt, new ReceiptSecret(id, lookup, feedLookup)));
    }

    private static void RevokeReceipt(Context context, RevokeReceipt c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var id = Required(c.Request, "request");
        var request = exchange.Requests.GetValueOrDefault(id)
            ?? throw Violation(ReceiptOwnRequest, $"'{id}' is not on a request list of exchange '{exchange.Id}'");
        var owner = exchange.ReceiverOf(request.Side);
        RequireParty(context, c, owner, $"request '{id}' (a receipt is issued by the party whose request list names the person)");
        var live = context.State.LiveReceipt(exchange.Id, id)
            ?? throw Violation(ReceiptOwnRequest, $"'{id}' has no live receipt to revoke");
        context.Emit(new ReceiptRevoked(exchange.Id, live.Id));
    }

    /// <summary>A SHA-256 in lowercase hexadecimal, as <see cref="Families.ReceiptCode"/> computes it.</summary>
    private static string Hash(string? value, string field)
    {
        var hash = Required(value, field);
        return hash.Length == 64 && hash.All(ch => char.IsAsciiDigit(ch) || ch is >= 'a' and <= 'f')
            ? hash
            : throw new InvalidFieldException(field, null, $"{field} must be a SHA-256 in 64 lowercase hexadecimal digits (the hash of the code, never the code)");
    }
}
