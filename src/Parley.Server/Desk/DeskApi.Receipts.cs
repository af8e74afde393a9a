using Parley.Server.Access;
using Parley.Server.Api;
using Parley.Server.Family;
using Parley.Server.Pipeline;
using Parley.Store.Domain;

namespace Parley.Server.Desk;

// Family receipts on the desk (docs/desk.md, "Family receipts"): a party officer issues, reissues and revokes the receipts of
// its own request list; an issued receipt comes back once as a printable page with its code and QR code, never in a URL.
public static partial class DeskApi
{
    private static IResult ReceiptsPage(string exchange, HttpContext context, ParleyStore store)
    {
        var access = AccessOf(context);
        var party = access.Caller.Party;
        IReadOnlyList<(string Request, string Receipt)> live = [.. store.State.ReceiptsOf(exchange).Values
            .Where(r => r.IsLive && r.Party == party)
            .OrderBy(r => r.Request, StringComparer.Ordinal)
            .Select(r => (r.Request!, r.Id))];
        return DeskResults.Page<Pages.ReceiptsPage>(context, new()
        {
            [nameof(Pages.ReceiptsPage.Access)] = access,
            [nameof(Pages.ReceiptsPage.Live)] = live,
        });
    }

    private static async Task<IResult> ReceiptAsync(string exchange, HttpContext context, CommandGate gate, ReceiptIssuer issuer, PublicAddress address)
    {
        var back = PathOf(exchange, "receipts");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = form["request"].ToString().Trim();
        switch (form["action"].ToString())
        {
            case "revoke":
                return await SubmitAsync(context, gate, new Core.Commands.RevokeReceipt(exchange, request), back, "revoked");
            case "issue" or "reissue":
                var (code, outcome) = await issuer.IssueAsync(exchange, request, form["action"] == "reissue", context.Caller(), context.RequestAborted);
                if (code is null)
                {
                    var rejection = outcome.Rejection!;
                    return DeskResults.Message(context, StatusOf(rejection), rejection is Core.Rules.NotPermittedException ? "desk.msg.not-permitted" : "desk.msg.rule",
                        rejection.Message + " Nothing was changed.", back: back);
                }
                var url = ReceiptPrint.QrText(code.Grouped, address.Base);
                return DeskResults.Page<Pages.ReceiptPrintPage>(context, new()
                {
                    [nameof(Pages.ReceiptPrintPage.Exchange)] = exchange,
                    [nameof(Pages.ReceiptPrintPage.Code)] = code.Grouped,
                    [nameof(Pages.ReceiptPrintPage.QrSvg)] = ReceiptPrint.Svg(url),
                    [nameof(Pages.ReceiptPrintPage.Url)] = address.Base.TrimEnd('/') + "/family",
                });
            default:
                return BadForm(context, "action", "an action is issue, reissue or revoke", back);
        }
    }
}
