using Parley.Core.Broadcast.Live;
using Parley.Core.Exchanges;
using Parley.Core.State;

namespace Parley.Server.Live;

/// <summary>
/// What a live page shows besides its entries: its title, the figures of the exchanges it covers (each headed by its
/// agreement's title, <see cref="TitleOf"/>), and the claims about them with their verdict as the record stands now.
/// </summary>
public sealed record LiveView(
    string Title, IReadOnlyList<ExchangeSummary> Exchanges, IReadOnlyDictionary<string, string> ExchangeTitles,
    IReadOnlyDictionary<string, IReadOnlyList<AutoText>> Claims)
{
    public static LiveView Of(LivePage page, ParleyState state, string language)
    {
        var shown = LiveProjection.ExchangesOn(page, state);
        var exchanges = shown.Select(ExchangeSummary.Of).ToList();
        var titles = shown.ToDictionary(x => x.Id, x => state.Agreements.GetValueOrDefault(x.AgreementId)?.Title ?? x.Id, StringComparer.Ordinal);
        var claims = shown.ToDictionary(x => x.Id, x => (IReadOnlyList<AutoText>)[.. state.Claims.Values
            .Where(c => c.Exchange == x.Id && state.CorrectionOf(Core.Talks.RecordKind.Claim, c.Id) is not { Retracts: true })
            .OrderBy(c => c.At).Select(c => LiveProjection.ClaimText(c, x))], StringComparer.Ordinal);
        if (page.Kind == LivePageKind.Round && state.Rounds.GetValueOrDefault(page.Live) is { } round)
        {
            return new LiveView(Texts.Format("index.round", language, new("number", round.Number), new("venue", round.Venue), new("city", round.City)),
                exchanges, titles, claims);
        }
        return new LiveView(Texts.Format("index.exchange", language, new TextArgument("title", titles[page.Live])), exchanges, titles, claims);
    }

    /// <summary>An exchange's title: its agreement's (the reader knows "Prisoner exchange of 1,000 for 1,000", not "may-2025").</summary>
    public string TitleOf(ExchangeSummary x) => ExchangeTitles.GetValueOrDefault(x.Id) ?? x.Id;

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
