using Parley.Ledger;
using Parley.Ledger.Notes;

namespace Parley.Audit;

/// <summary>Verifier keys (<c>name+keyid+base64</c>) read from files, one a line; blank lines and '#' comments skipped.</summary>
public static class TrustedKeys
{
    public static IReadOnlyList<NoteVerifier> Read(IEnumerable<string> files)
    {
        var keys = new List<NoteVerifier>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"no such file: {file}", file);
            }
            keys.AddRange(Parse(File.ReadAllText(file), file));
        }
        return keys;
    }

    public static IReadOnlyList<NoteVerifier> Parse(string text, string location)
    {
        var keys = new List<NoteVerifier>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("PRIVATE+KEY+", StringComparison.Ordinal))
            {
                throw new MalformedInputException($"{location}, line {i + 1}", "this is a private key; trust is given with the verifier key (what 'parley keys new' printed)");
            }
            try
            {
                keys.Add(NoteVerifier.Parse(line));
            }
            catch (LedgerException e)
            {
                throw new MalformedInputException($"{location}, line {i + 1}", e.Message, e);
            }
        }
        return keys;
    }
}
