using System.Collections.Immutable;
using Parley.Core.Events;
using Parley.Core.Families;

namespace Parley.Core.State;

public sealed partial record ParleyState
{
    /// <summary>Family receipts by exchange, then by receipt id.</summary>
    public ImmutableSortedDictionary<string, ImmutableDictionary<string, FamilyReceipt>> Receipts { get; init; } =
        ImmutableSortedDictionary<string, ImmutableDictionary<string, FamilyReceipt>>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableDictionary<string, FamilyReceipt> ReceiptsOf(string exchange) =>
        Receipts.GetValueOrDefault(exchange) ?? ImmutableDictionary<string, FamilyReceipt>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The receipt of a request that still opens the family page, if any.</summary>
    public FamilyReceipt? LiveReceipt(string exchange, string request) =>
        ReceiptsOf(exchange).Values.FirstOrDefault(r => r.IsLive && r.Request == request);

    private ParleyState WithReceipt(ReceiptIssued e) => this with
    {
        Receipts = Receipts.SetItem(e.Exchange, ReceiptsOf(e.Exchange).Add(e.Receipt,
            new FamilyReceipt(e.Exchange, e.Receipt, OwnerOf(e), e.Secret?.Request, e.Secret?.Lookup, e.Secret?.FeedLookup, Revoked: false))),
    };

    /// <summary>The party whose request list the receipt's person is on (null where the private part is not known).</summary>
    private string? OwnerOf(ReceiptIssued e) =>
        e.Secret is { } secret && Exchanges.GetValueOrDefault(e.Exchange)?.Requests.GetValueOrDefault(secret.Request) is { } request
            ? Exchanges[e.Exchange].ReceiverOf(request.Side)
            : null;

    private ParleyState WithReceiptRevoked(ReceiptRevoked e) => this with
    {
        Receipts = Receipts.SetItem(e.Exchange, ReceiptsOf(e.Exchange).SetItem(e.Receipt, ReceiptsOf(e.Exchange)[e.Receipt] with { Revoked = true })),
    };
}
