using Parley.Core.Broadcast.Live;
using Parley.Core.Exchanges;
using Parley.Core.State;

namespace Parley.Server.Live;

/// <summary>What a live page shows besides its entries: its title and the figures of the exchanges it covers.</summary>
public sealed record LiveView(string Title, IReadOnlyList<ExchangeSummary> Exchanges)
{
    public static LiveView Of(LivePage page, ParleyState state, string language)
    {
        var exchanges = LiveProjection.ExchangesOn(page, state).Select(ExchangeSummary.Of).ToList();
        if (page.Kind == LivePageKind.Round && state.Rounds.GetValueOrDefault(page.Live) is { } round)
        {
            return new LiveView(Texts.Format("index.round", language, new("number", round.Number), new("venue", round.Venue), new("city", round.City)), exchanges);
        }
        var exchange = state.Exchanges[page.Live];
        var title = state.Agreements.GetValueOrDefault(exchange.AgreementId)?.Title ?? exchange.Id;
        return new LiveView(Texts.Format("index.exchange", language, new TextArgument("title", title)), exchanges);
    }

    /// <summary>"returned so far: 697 of 1,000 each side", or the count per side where the terms are not symmetric.</summary>
    public static string Returned(ExchangeSummary x, string language) =>
        EachSide(x) is { } total && x.A.Received == x.B.Received
            ? Texts.Format("returned.each", language, new("returned", x.A.Received), new("total", total))
            : Texts.Format("returned.sides", language, new("returnedA", x.A.Received), new("sideA", x.SideA), new("returnedB", x.B.Received), new("sideB", x.SideB));

    /// <summary>How many each side is to return: the floor of the terms, or the sum of exact, balanced quantities ("1000 for 1000").</summary>
    public static int? EachSide(ExchangeSummary x)
    {
        if (x.FloorEachSide is { } floor)
        {
            return floor;
        }
        var total = 0;
        foreach (var term in x.TermProgress)
        {
            if (!term.Balanced || term.A.Quantity != term.B.Quantity
                || !int.TryParse(term.A.Quantity, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }
            total += n;
        }
        return x.TermProgress.Count == 0 ? null : total;
    }
}
