namespace Parley.Matching.Transliteration;

/// <summary>
/// A romanisation scheme loaded from a table (an embedded <c>Transliteration/Data/*.tsv</c> file):
/// header comments <c># id:</c>, <c># name:</c>, <c># citation:</c>, <c># reversibility:</c>
/// (<c>exact</c> or <c>best-effort</c>), optionally <c># rules-from:</c> another scheme's id; then one
/// rule a line, <c>cyrillic TAB latin [TAB conditions]</c>, lower case. At each position the longest
/// Cyrillic sequence whose conditions hold wins; among equals, the first listed. See
/// <see cref="RuleCondition"/> for the condition syntax.
/// </summary>
public sealed partial class TransliterationScheme : ITransliterationScheme
{
    /// <summary>The default bound on back-mapped candidates.</summary>
    public const int DefaultMaxCandidates = 32;

    private readonly TransliterationRule[] _rules;
    private readonly Dictionary<char, TransliterationRule[]> _rulesByFirstChar;

    internal TransliterationScheme(string id, string name, string citation, Reversibility reversibility, IReadOnlyList<TransliterationRule> rules)
    {
        Id = id;
        Name = name;
        Citation = citation;
        Reversibility = reversibility;
        _rules = [.. rules];
        _rulesByFirstChar = _rules
            .GroupBy(r => r.Cyrillic[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Cyrillic.Length).ToArray());
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Citation { get; }

    /// <inheritdoc />
    public Reversibility Reversibility { get; }

    /// <summary>The Cyrillic letters this scheme's table covers.</summary>
    public IReadOnlySet<char> Alphabet => _rulesByFirstChar.Keys.ToHashSet();

    /// <inheritdoc />
    public override string ToString() => Id;

    internal IReadOnlyList<TransliterationRule> Rules => _rules;

    /// <summary>Parses a scheme table; <paramref name="resolveRulesFrom"/> supplies the rules of a scheme named by <c># rules-from:</c>.</summary>
    internal static TransliterationScheme Parse(string source, string text, Func<string, TransliterationScheme> resolveRulesFrom)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<TransliterationRule>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':');
                if (colon > 0)
                {
                    var key = line[1..colon].Trim();
                    if (key.Length > 0 && key.All(c => char.IsLetter(c) || c == '-'))
                    {
                        headers[key] = headers.TryGetValue(key, out var prior)
                            ? prior + " " + line[(colon + 1)..].Trim()
                            : line[(colon + 1)..].Trim();
                    }
                }
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[0].Length == 0)
            {
                throw new FormatException($"{source} line {i + 1}: a rule needs 'cyrillic<TAB>latin[<TAB>conditions]'; got '{line}'.");
            }
            var conditions = cells.Length > 2
                ? cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => RuleCondition.Parse(t, source, i + 1)).ToArray()
                : [];
            rules.Add(new TransliterationRule(cells[0], Unescape(cells[1]), conditions));
        }

        string Header(string key) => headers.TryGetValue(key, out var v) && v.Length > 0
            ? v
            : throw new FormatException($"{source}: the header '# {key}:' is required.");

        if (headers.TryGetValue("rules-from", out var from))
        {
            rules.InsertRange(0, resolveRulesFrom(from).Rules);
        }
        if (rules.Count == 0)
        {
            throw new FormatException($"{source}: a scheme needs at least one rule.");
        }
        var reversibility = Header("reversibility") switch
        {
            "exact" => Reversibility.Exact,
            "best-effort" => Reversibility.BestEffort,
            string other => throw new FormatException($"{source}: reversibility must be 'exact' or 'best-effort'; got '{other}'."),
        };
        return new TransliterationScheme(Header("id"), Header("name"), Header("citation"), reversibility, rules);
    }

    // A Latin cell of "-" means "omitted" (an empty cell is easy to misread in a table).
    private static string Unescape(string latin) => latin == "-" ? "" : latin;
}
