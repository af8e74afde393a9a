using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Broadcast.Live;
using Parley.Core.Exchanges;
using Parley.Server.Access;
using Parley.Server.Live.Pages;
using Parley.Server.Pipeline;
using Parley.Server.Problems;
using Parley.Store.Domain;

namespace Parley.Server.Live;

/// <summary>
/// The counter of an exchange for newsrooms to embed: an SVG image (<c>counter.svg</c>, for an <c>img</c> anywhere), its
/// figures as JSON (<c>counter.json</c>), and a tiny HTML widget (<c>embed</c>, for an <c>iframe</c>) that reads without
/// JavaScript and, with it, follows the event stream. All three carry an ETag naming the log position and the language
/// (304 on If-None-Match), short shared caching, and may be read from any origin (CORS <c>*</c>,
/// <c>Cross-Origin-Resource-Policy: cross-origin</c>); the widget may be framed by any site (<c>frame-ancestors *</c>).
/// </summary>
public static class LiveEmbed
{
    /// <summary>camelCase, as the API's other JSON, with every script's letters as they are.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions CounterJson = new(System.Text.Json.JsonSerializerDefaults.Web) { Encoder = LiveJson.Options.Encoder };

    public static IEndpointRouteBuilder MapLiveEmbed(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/live/{id}").WithTags("Live broadcast").AllowEveryone();
        group.MapGet("/counter.svg", Svg).WithSummary("The exchange's counter as an SVG image, to embed with img (ETag; any origin)")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml");
        group.MapGet("/counter.json", Json).WithSummary("The exchange's counter as JSON (ETag; CORS *)");
        group.MapGet("/embed", Widget).Embeddable()
            .WithSummary("The exchange's counter as a tiny HTML widget for an iframe: reads without JavaScript, follows the event stream with it");
        return routes;
    }

    /// <summary>What a counter shows: the exchange, its title in the reader's language, the words of the counter and the figures behind them.</summary>
    public sealed record Counter(
        string Exchange, string Title, string Text, string SideA, int ReturnedA, string SideB, int ReturnedB, int? EachSide, long Through, string Live);

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Svg(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, PublicAddress address) =>
        Answer(id, context, hub, store, address, "s", counter => TypedResults.Bytes(SvgOf(counter, Language.Of(context.Request)), "image/svg+xml; charset=utf-8"));

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Json(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, PublicAddress address) =>
        Answer(id, context, hub, store, address, "c", counter => TypedResults.Bytes(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(counter, CounterJson), "application/json; charset=utf-8"));

    private static Results<RazorComponentResult<EmbedPage>, StatusCodeHttpResult, ProblemHttpResult> Widget(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, PublicAddress address)
    {
        if (CounterOf(id, context, hub, store, address) is not { } counter)
        {
            return Problem.NotFound($"there is no exchange '{id}' (a counter belongs to an exchange, not a round)");
        }
        if (Cached(context, $"\"w{counter.Through}-{Language.Of(context.Request)}\""))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var page = hub.Page(id)!;
        return new RazorComponentResult<EmbedPage>(new Dictionary<string, object?>
        {
            [nameof(EmbedPage.Counter)] = counter,
            [nameof(EmbedPage.Latest)] = page.Entries.LastOrDefault(e => e.Key),
            [nameof(EmbedPage.Page)] = page,
            [nameof(EmbedPage.Language)] = Language.Of(context.Request),
        });
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Answer(
        string id, HttpContext context, BroadcastHub hub, ParleyStore store, PublicAddress address, string tag,
        Func<Counter, FileContentHttpResult> render)
    {
        if (CounterOf(id, context, hub, store, address) is not { } counter)
        {
            return Problem.NotFound($"there is no exchange '{id}' (a counter belongs to an exchange, not a round)");
        }
        return Cached(context, $"\"{tag}{counter.Through}-{Language.Of(context.Request)}\"")
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : render(counter);
    }

    private static Counter? CounterOf(string id, HttpContext context, BroadcastHub hub, ParleyStore store, PublicAddress address)
    {
        var through = hub.Through;
        var state = store.State;
        if (hub.Page(id) is not { Kind: LivePageKind.Exchange } page || state.Exchanges.GetValueOrDefault(id) is not { } exchange)
        {
            return null;
        }
        var language = Language.Of(context.Request);
        var view = LiveView.Of(page, state, language);
        var x = ExchangeSummary.Of(exchange);
        return new Counter(id, view.TitleOf(x), LiveView.Returned(x, language), x.SideA, x.A.Received, x.SideB, x.B.Received,
            LiveView.EachSide(x), through, $"{address.Base}{LiveText.PagePath(id)}?lang={language}");
    }

    /// <summary>The caching and cross-origin headers of a counter, and whether the request's If-None-Match already names it.</summary>
    private static bool Cached(HttpContext context, string etag)
    {
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        return LiveCaching.NotModified(context, etag);
    }

    /// <summary>The counter as a small SVG: the exchange's title, the counter's words, and a bar per side when the terms give a total.</summary>
    public static byte[] SvgOf(Counter counter, string language)
    {
        const int width = 480;
        var height = counter.EachSide is null ? 64 : 96;
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            const string svg = "http://www.w3.org/2000/svg";
            xml.WriteStartElement("svg", svg);
            xml.WriteAttributeString("viewBox", $"0 0 {width} {height}");
            xml.WriteAttributeString("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("lang", language);
            xml.WriteElementString("title", svg, $"{counter.Title}: {counter.Text}");
            xml.WriteStartElement("rect", svg);
            xml.WriteAttributeString("width", "100%");
            xml.WriteAttributeString("height", "100%");
            xml.WriteAttributeString("fill", "#fff");
            xml.WriteEndElement();
            Text(xml, svg, 12, 24, 15, "700", counter.Title);
            Text(xml, svg, 12, 48, 14, "400", counter.Text);
            if (counter.EachSide is { } total && total > 0)
            {
                Bar(xml, svg, 60, counter.ReturnedA, total, "#1f4e8c");
                Bar(xml, svg, 76, counter.ReturnedB, total, "#9c5a00");
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();

        static void Text(XmlWriter xml, string svg, int x, int y, int size, string weight, string text)
        {
            xml.WriteStartElement("text", svg);
            xml.WriteAttributeString("x", x.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("y", y.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("font-family", "system-ui, sans-serif");
            xml.WriteAttributeString("font-size", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("font-weight", weight);
            xml.WriteAttributeString("fill", "#1a1a1a");
            xml.WriteString(text);
            xml.WriteEndElement();
        }

        static void Bar(XmlWriter xml, string svg, int y, int returned, int total, string colour)
        {
            var full = width - 24;
            var done = Math.Min(full, (int)Math.Round(full * (double)returned / total));
            foreach (var (w, fill) in new[] { (full, "#e6e6e6"), (done, colour) })
            {
                xml.WriteStartElement("rect", svg);
                xml.WriteAttributeString("x", "12");
                xml.WriteAttributeString("y", y.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("width", w.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("height", "10");
                xml.WriteAttributeString("fill", fill);
                xml.WriteEndElement();
            }
        }
    }
}
