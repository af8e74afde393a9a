using System.Text;

namespace Parley.Evaluation.Output;

/// <summary>
/// Writes a CSV table as docs/lists.md describes: UTF-8 without a byte order mark, commas, LF line
/// ends, RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled).
/// Streams row by row, so a list of a million rows never sits in memory.
/// </summary>
internal sealed class CsvTableWriter : IDisposable
{
    private readonly StreamWriter _writer;

    public CsvTableWriter(string path, IReadOnlyList<string> header)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        WriteRow(header);
    }

    public void WriteRow(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            WriteField(fields[i]);
        }

        _writer.Write('\n');
    }

    public void Dispose() => _writer.Dispose();

    private void WriteField(string field)
    {
        // Leading or trailing spaces are quoted too: the list reader trims unquoted fields.
        var quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        if (!quote)
        {
            _writer.Write(field);
            return;
        }

        _writer.Write('"');
        _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
