using Parley.Server.Live;

namespace Parley.Server.Desk;

/// <summary>
/// The desk's language: the one the reader chose with the switch on every page (<c>?lang=</c>, then remembered in a
/// cookie for the desk), else the browser's <c>Accept-Language</c> (<see cref="Language"/>, as the live pages), else English.
/// </summary>
public static class DeskLanguage
{
    public const string CookieName = "parley_desk_lang";

    public static string Of(HttpContext context)
    {
        if (context.Items.TryGetValue(CookieName, out var known) && known is string decided)
        {
            return decided;
        }
        var request = context.Request;
        string language;
        if (request.Query["lang"].ToString() is { Length: > 0 } asked && Language.Supported.Contains(asked))
        {
            language = asked;
            if (request.Cookies[CookieName] != asked)
            {
                context.Response.Cookies.Append(CookieName, asked, new CookieOptions
                {
                    Path = "/desk",
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                });
            }
        }
        else
        {
            language = request.Cookies[CookieName] is { } remembered && Language.Supported.Contains(remembered) ? remembered : Language.Of(request);
        }
        context.Items[CookieName] = language;
        return language;
    }
}
