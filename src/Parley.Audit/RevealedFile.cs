using System.Text;
using System.Text.Json;

namespace Parley.Audit;

/// <summary>
/// A private part as <c>parley reveal</c> prints it: one JSON object a line,
/// <c>{"sequence":N,"type":"…","salt":"base64","commitment":"base64","private":"&lt;the private JSON, as a string&gt;"}</c>.
/// </summary>
public sealed record RevealedFile(long Sequence, byte[] Salt, byte[] Private)
{
    public static IReadOnlyList<RevealedFile> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no such file: {path}", path);
        }
        var result = new List<RevealedFile>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                var root = document.RootElement;
                result.Add(new RevealedFile(
                    root.GetProperty("sequence").GetInt64(),
                    Convert.FromBase64String(root.GetProperty("salt").GetString()!),
                    Encoding.UTF8.GetBytes(root.GetProperty("private").GetString()!)));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new MalformedInputException($"{path}, line {i + 1}", $"not a revealed private part ({e.Message.Split(". ")[0].TrimEnd('.')}); expected what 'parley reveal' prints");
            }
        }
        return result;
    }
}
