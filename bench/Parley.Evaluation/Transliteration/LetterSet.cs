namespace Parley.Evaluation.Transliteration;

/// <summary>A condition on the letter before or after a match: a set of letters, plus the word edge.</summary>
internal sealed class LetterSet
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["vowel"] = "аеёиоуыэюяіїє",
        ["sign"] = "ьъ'’ʼ",
        ["consonant"] = "бвгґджзйклмнпрстфхцчшщ",
    };

    private readonly HashSet<char> _letters = [];
    private bool _edge;

    public static LetterSet Parse(string text)
    {
        var set = new LetterSet();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '@')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is >= 'a' and <= 'z')
                {
                    end++;
                }

                var name = text[(i + 1)..end];
                set._letters.UnionWith(Named.TryGetValue(name, out var letters)
                    ? letters
                    : throw new FormatException($"unknown letter set @{name}"));
                i = end;
            }
            else
            {
                if (text[i] is '^' or '$')
                {
                    set._edge = true;
                }
                else
                {
                    set._letters.Add(text[i]);
                }

                i++;
            }
        }

        return set;
    }

    /// <summary>Whether the neighbour matches; null stands for the edge of the word.</summary>
    public bool Matches(char? neighbour) => neighbour is { } letter ? _letters.Contains(letter) : _edge;
}
