using System.Text;
using Parley.Evaluation.Data;

namespace Parley.Evaluation.Transliteration;

/// <summary>
/// A transliteration table read from Data/schemes (the format is in its README.txt), applied word by
/// word: capitals are kept (Щ → Shch, ЩЕРБУХИ → SHCHERBUKHY), letters without a rule pass through.
/// </summary>
internal sealed class SchemeTable
{
    private readonly Dictionary<char, SchemeRule[]> _rulesByFirst;

    public SchemeTable(string path)
    {
        Path = path;
        var rules = new List<SchemeRule>();
        foreach (var line in DataFiles.Lines(path))
        {
            var fields = line.Split('\t');
            if (line.StartsWith('@'))
            {
                if (fields[0] == "@cased")
                {
                    Cased = DataFiles.Column(fields, 1) != "false";
                }

                continue;
            }

            var output = DataFiles.Column(fields, 1);
            LetterSet? previous = null;
            LetterSet? next = null;
            foreach (var condition in fields.Skip(2).Select(field => field.Trim()).Where(field => field.Length > 0))
            {
                if (condition.StartsWith("prev=", StringComparison.Ordinal))
                {
                    previous = LetterSet.Parse(condition[5..]);
                }
                else if (condition.StartsWith("next=", StringComparison.Ordinal))
                {
                    next = LetterSet.Parse(condition[5..]);
                }
                else
                {
                    throw new FormatException($"{path}: unknown condition '{condition}'");
                }
            }

            rules.Add(new SchemeRule(fields[0].Trim(), output == "\"\"" ? "" : output, previous, next));
        }

        // Longest source first; among equals the order of the file (OrderBy is stable).
        _rulesByFirst = rules
            .GroupBy(rule => rule.Source[0])
            .ToDictionary(group => group.Key, group => group.OrderByDescending(rule => rule.Source.Length).ToArray());
    }

    public string Path { get; }

    public bool Cased { get; } = true;

    public string Apply(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        var start = 0;
        while (start < text.Length)
        {
            if (!IsWordChar(text[start]))
            {
                builder.Append(text[start]);
                start++;
                continue;
            }

            var end = start;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            ApplyWord(text[start..end], builder);
            start = end;
        }

        return builder.ToString();
    }

    private void ApplyWord(string word, StringBuilder builder)
    {
        var lower = word.ToLowerInvariant();
        var allUpper = word.Count(char.IsLetter) > 1 && !word.Any(char.IsLower);
        var i = 0;
        while (i < word.Length)
        {
            var rule = Find(lower, i);
            if (rule is null)
            {
                builder.Append(word[i]);
                i++;
                continue;
            }

            var output = rule.Output;
            if (Cased && allUpper)
            {
                output = output.ToUpperInvariant();
            }
            else if (Cased && char.IsUpper(word[i]) && output.Length > 0)
            {
                output = char.ToUpperInvariant(output[0]) + output[1..];
            }

            builder.Append(output);
            i += rule.Source.Length;
        }
    }

    private SchemeRule? Find(string lower, int index)
    {
        if (!_rulesByFirst.TryGetValue(lower[index], out var candidates))
        {
            return null;
        }

        foreach (var rule in candidates)
        {
            if (rule.Applies(lower, index))
            {
                return rule;
            }
        }

        return null;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '’' or 'ʼ';
}
