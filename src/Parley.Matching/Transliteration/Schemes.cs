namespace Parley.Matching.Transliteration;

/// <summary>
/// The registry of romanisation schemes, loaded once from the tables embedded in this assembly.
/// </summary>
public static class Schemes
{
    private static readonly Lazy<IReadOnlyDictionary<string, TransliterationScheme>> Loaded = new(Load);

    /// <summary>Ukrainian national system, Cabinet of Ministers resolution No. 55 of 27 January 2010.</summary>
    public static TransliterationScheme UkrainianNational2010 => Get("uk-national-2010");

    /// <summary>BGN/PCGN for Ukrainian (1965 system, revised 2019 to the national system).</summary>
    public static TransliterationScheme UkrainianBgnPcgn => Get("uk-bgn-pcgn-2019");

    /// <summary>ICAO Doc 9303 as used in Russian passports since 2013.</summary>
    public static TransliterationScheme RussianIcao9303 => Get("ru-icao-9303");

    /// <summary>BGN/PCGN 1947 for Russian.</summary>
    public static TransliterationScheme RussianBgnPcgn1947 => Get("ru-bgn-pcgn-1947");

    /// <summary>The Russian MVD passport scheme of 1997–2010.</summary>
    public static TransliterationScheme RussianMvd1997 => Get("ru-mvd-1997");

    /// <summary>ISO 9:1995 = GOST 7.79-2000 system A (one-to-one, reversible).</summary>
    public static TransliterationScheme Iso9 => Get("iso9-1995");

    /// <summary>German (Duden) transcription of Russian.</summary>
    public static TransliterationScheme RussianGerman => Get("ru-de-duden");

    /// <summary>French transcription of Russian.</summary>
    public static TransliterationScheme RussianFrench => Get("ru-fr");

    /// <summary>Polish (PWN) transcription of Russian.</summary>
    public static TransliterationScheme RussianPolish => Get("ru-pl");

    /// <summary>Every registered scheme, ordered by id.</summary>
    public static IReadOnlyList<TransliterationScheme> All => [.. Loaded.Value.Values.OrderBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>Looks a scheme up by id; throws <see cref="KeyNotFoundException"/> naming the known ids.</summary>
    public static TransliterationScheme Get(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return TryGet(id, out var scheme)
            ? scheme
            : throw new KeyNotFoundException(
                $"No transliteration scheme has the id '{id}'; known ids are {string.Join(", ", Loaded.Value.Keys.Order(StringComparer.Ordinal))}.");
    }

    /// <summary>Looks a scheme up by id.</summary>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TransliterationScheme? scheme) =>
        Loaded.Value.TryGetValue(Preconditions.CheckNotNull(id, nameof(id)), out scheme);

    private static IReadOnlyDictionary<string, TransliterationScheme> Load()
    {
        var texts = EmbeddedData.Names("Transliteration.Data.")
            .ToDictionary(n => n, EmbeddedData.ReadText);
        var byId = new Dictionary<string, TransliterationScheme>(StringComparer.Ordinal);
        var loading = new HashSet<string>(StringComparer.Ordinal);

        string IdOf(string text) => text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .First(l => l.StartsWith("# id:", StringComparison.Ordinal))[5..].Trim();

        var resourceById = texts.ToDictionary(kv => IdOf(kv.Value), kv => kv.Key, StringComparer.Ordinal);

        TransliterationScheme LoadOne(string id)
        {
            if (byId.TryGetValue(id, out var done))
            {
                return done;
            }
            if (!resourceById.TryGetValue(id, out var resource))
            {
                throw new FormatException($"A scheme table refers to '{id}', which no embedded table defines.");
            }
            if (!loading.Add(id))
            {
                throw new FormatException($"Scheme tables refer to each other in a cycle through '{id}'.");
            }
            var scheme = TransliterationScheme.Parse(resource, texts[resource], LoadOne);
            byId[id] = scheme;
            return scheme;
        }

        foreach (var id in resourceById.Keys)
        {
            LoadOne(id);
        }
        return byId;
    }
}
