using System.Globalization;
using System.Resources;
using System.Text;
using NodaTime;
using Parley.Core.Broadcast.Live;
using Parley.Core.Claims;

namespace Parley.Server.Live;

/// <summary>
/// The words of the live broadcast, the page's own and the automatic entries', in English, Ukrainian, Russian and Turkish: one
/// resource file per language (Texts.resx, Texts.uk.resx, Texts.ru.resx, Texts.tr.resx). Placeholders are named (<c>{sideA}</c>,
/// <c>{releasedA}</c>), because the languages put the values in different orders.
/// </summary>
/// <remarks>
/// .NET's composite formatting (string.Format, CompositeFormat) knows only numbered placeholders, so the named ones are
/// filled in here; a name without a value is a mistake in a resource file, and <c>TextsTests</c> checks every language
/// uses exactly the names English does.
/// </remarks>
public static class Texts
{
    private static readonly ResourceManager Resources = new(typeof(Texts));

    public static string Get(string key, string language) =>
        Resources.GetString(key, Language.Culture(language)) ?? throw new KeyNotFoundException($"there is no text '{key}' in Texts.resx");

    /// <summary>A text with its named values put in, numbers grouped the reader's way (1,000 / 1 000).</summary>
    public static string Format(string key, string language, params ReadOnlySpan<TextArgument> arguments)
    {
        var template = Get(key, language);
        var culture = Language.Culture(language);
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (template.IndexOf('{', at) is var open and >= 0)
        {
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"the text '{key}' ({language}) has a '{{' without a '}}'");
            }
            text.Append(template, at, open - at);
            var name = template.AsSpan(open + 1, close - open - 1);
            text.Append(Value(ValueOf(arguments, name) ?? throw new FormatException($"the text '{key}' ({language}) names {{{name}}}, which has no value"), culture, language));
            at = close + 1;
        }
        return text.Append(template, at, template.Length - at).ToString();
    }

    public static string Format(AutoText auto, string language) => Format("auto." + auto.Kind, language, auto.Arguments.AsSpan());

    /// <summary>A time as the venue's clocks showed it, e.g. "16 May 2025, 13:30".</summary>
    public static string Time(ZonedDateTime time, string language) =>
        time.ToString("d MMMM uuuu, HH:mm", Language.Culture(language));

    /// <summary>A language's name in the reader's language ("Russian", "російська"), or its code if Parley has no name for it.</summary>
    public static string LanguageName(string code, string language) =>
        Resources.GetString("language." + code, Language.Culture(language)) ?? code;

    public static string Number(int n, string language) => n.ToString("N0", Language.Culture(language));

    /// <summary>The texts' keys, from the English file.</summary>
    internal static IEnumerable<string> Keys =>
        Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);

    /// <summary>The names a text's placeholders use in a language, in order of appearance.</summary>
    internal static IEnumerable<string> Placeholders(string key, string language) =>
        System.Text.RegularExpressions.Regex.Matches(Get(key, language), @"\{([^}]*)\}").Select(m => m.Groups[1].Value);

    private static object? ValueOf(ReadOnlySpan<TextArgument> arguments, ReadOnlySpan<char> name)
    {
        foreach (var argument in arguments)
        {
            if (name.SequenceEqual(argument.Name))
            {
                return argument.Value;
            }
        }
        return null;
    }

    private static string Value(object value, CultureInfo culture, string language) => value switch
    {
        int n => n.ToString("N0", culture),
        ZonedDateTime z => Time(z, language),
        LocalDate d => d.ToString("d MMMM uuuu", culture),
        ClaimFigure f => Get("figure." + f.ToWord(), language),
        _ => Convert.ToString(value, culture) ?? "",
    };
}
