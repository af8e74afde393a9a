using Parley.Evaluation.Data;

namespace Parley.Evaluation.Errors;

/// <summary>Neighbouring keys on a layout (ЙЦУКЕН Ukrainian and Russian, QWERTY), for adjacent-key typos.</summary>
internal sealed class KeyboardLayout
{
    private static readonly Dictionary<string, KeyboardLayout> Layouts = DataFiles.Rows("keyboards.tsv")
        .ToDictionary(row => row[0], row => new KeyboardLayout([.. row.Skip(1).Select(field => field.Trim())]));

    private readonly Dictionary<char, string> _neighbours = [];

    private KeyboardLayout(string[] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var k = 0; k < rows[r].Length; k++)
            {
                var near = new List<char>();
                AddKey(near, rows[r], k - 1);
                AddKey(near, rows[r], k + 1);

                // Rows are staggered: the key above sits at k and k+1, the key below at k-1 and k.
                if (r > 0)
                {
                    AddKey(near, rows[r - 1], k);
                    AddKey(near, rows[r - 1], k + 1);
                }

                if (r + 1 < rows.Length)
                {
                    AddKey(near, rows[r + 1], k - 1);
                    AddKey(near, rows[r + 1], k);
                }

                _neighbours[rows[r][k]] = new string([.. near]);
            }
        }
    }

    public static KeyboardLayout Ukrainian => Layouts["uk"];

    public static KeyboardLayout Russian => Layouts["ru"];

    public static KeyboardLayout Latin => Layouts["latin"];

    public string Neighbours(char lower) => _neighbours.TryGetValue(lower, out var near) ? near : "";

    private static void AddKey(List<char> near, string row, int index)
    {
        if (index >= 0 && index < row.Length)
        {
            near.Add(row[index]);
        }
    }
}
