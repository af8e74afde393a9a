using Parley.Evaluation.Data;

namespace Parley.Evaluation.Names;

/// <summary>Context-free rewriting of letter sequences, longest first, keeping the case of the first letter.</summary>
internal sealed class RewriteTable
{
    private readonly (string From, string To)[] _rules;

    public RewriteTable(string path)
    {
        _rules = [.. DataFiles.Rows(path)
            .Select(row => (DataFiles.Column(row, 0), DataFiles.Column(row, 1)))
            .OrderByDescending(rule => rule.Item1.Length)];
    }

    public string Apply(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 4);
        var i = 0;
        while (i < text.Length)
        {
            var matched = false;
            foreach (var (from, to) in _rules)
            {
                if (i + from.Length <= text.Length
                    && string.Compare(text, i, from, 0, from.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    var upper = char.IsUpper(text[i]);
                    var allUpper = upper && text.Length > 1 && text.All(c => !char.IsLower(c));
                    builder.Append(allUpper ? to.ToUpperInvariant() : upper ? Capitalize(to) : to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                builder.Append(text[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
