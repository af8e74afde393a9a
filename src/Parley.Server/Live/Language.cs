using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Parley.Server.Live;

/// <summary>The languages of the live broadcast, chosen by <c>?lang=</c> or else the reader's <c>Accept-Language</c>.</summary>
public static class Language
{
    public static readonly IReadOnlyList<string> Supported = ["en", "uk", "ru", "tr"];

    public static string Of(HttpRequest request)
    {
        if (request.Query["lang"].ToString() is { Length: > 0 } asked && Supported.Contains(asked))
        {
            return asked;
        }
        var header = request.Headers.AcceptLanguage.ToString();
        if (header.Length > 0 && StringWithQualityHeaderValue.TryParseList(header.Split(','), out var values))
        {
            foreach (var value in values.OrderByDescending(v => v.Quality ?? 1))
            {
                var tag = value.Value.ToString();
                var primary = tag.Split('-')[0].ToLowerInvariant();
                if (Supported.Contains(primary))
                {
                    return primary;
                }
            }
        }
        return "en";
    }

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language switch
    {
        "uk" => "uk-UA",
        "ru" => "ru-RU",
        "tr" => "tr-TR",
        _ => "en-GB",
    });
}
