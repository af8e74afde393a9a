using System.Text;
using Parley.Core.Formulas;
using Parley.Core.Rules;
using Parley.Import;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;
using Parley.Server.Live;
using Parley.Store.PublicRecord;
using Parley.Store.Serialization;

namespace Parley.Fuzz;

/// <summary>Every parser that takes outside input, as a fuzz target (issue 11, item 2).</summary>
public static class FuzzTargets
{
    private static readonly Lazy<CosignatureLog> Cosignatures = new(CosignatureLog.Create);

    public static readonly IReadOnlyList<FuzzTarget> All =
    [
        new("formula", "ExchangeFormula.Parse (docs/formula.md)",
            input => ExchangeFormula.Parse(Text(input)), [typeof(FormulaSyntaxException)]),
        new("command", "CommandText.Parse: a command line of `parley apply` / the body of POST /api/commands",
            input => CommandText.Parse(Text(input)), [typeof(ParleyException)]),
        new("csv", "ListReader.Read of a CSV list (docs/lists.md)",
            input => ReadList(input, ".csv"), [typeof(ListImportException)]),
        new("xlsx", "ListReader.Read of an XLSX list (docs/lists.md)",
            input => ReadList(input, ".xlsx"), [typeof(ListImportException)]),
        new("markdown", "MarkdownRenderer: a press entry to HTML and plain text",
            input =>
            {
                var text = Text(input);
                MarkdownRenderer.ToHtml(text);
                MarkdownRenderer.ToPlainText(text);
            }, []),
        new("note", "Note.Parse and Checkpoint.Parse: a signed checkpoint (c2sp.org/signed-note, tlog-checkpoint)",
            input => Checkpoint.Parse(Note.Parse(input).Text), [typeof(LedgerException)]),
        new("tile-path", "Tile.ParsePath and Tile.ParseEntriesPath (c2sp.org/tlog-tiles)",
            input =>
            {
                var path = Text(input);
                try
                {
                    Tile.ParsePath(path);
                }
                catch (TilePathException)
                {
                }
                Tile.ParseEntriesPath(path);
            }, [typeof(TilePathException)]),
        new("tile", "a hash tile read by TileHashReader and an entry bundle by EntryBundle.Decode",
            input =>
            {
                var tile = Tile.ParsePath("tile/0/000.p/5");
                try
                {
                    var reader = new TileHashReader(5, _ => input);
                    for (var i = 0; i < 5; i++)
                    {
                        reader.ReadHash(0, i);
                    }
                }
                catch (LedgerException)
                {
                }
                EntryBundle.Decode(input, tile);
            }, [typeof(LedgerException)]),
        new("signed-submission", "CommandText.Parse of a submit-signed command (docs/public-record.md §8)",
            input => CommandText.Parse(Text(input)), [typeof(ParleyException)]),
        new("receipt-code", "ReceiptCode.Parse: a family receipt code as typed on /family (docs/api.md, \"Families\")",
            input =>
            {
                var code = Core.Families.ReceiptCode.Parse(Text(input));
                // A code that parses reads back to itself from its printed form.
                if (!Core.Families.ReceiptCode.Parse(code.Grouped).Equals(code))
                {
                    throw new InvalidOperationException("a parsed receipt code does not read back from its printed form");
                }
            }, [typeof(Core.Families.ReceiptCodeFormatException)]),
        new("cosignature", "CosignatureStore.Accept: POST /log/cosignatures (c2sp.org/tlog-cosignature)",
            input => Cosignatures.Value.Store.Accept(Text(input)), [typeof(CosignatureRejectedException), typeof(LedgerException)]),
    ];

    public static FuzzTarget Named(string name) =>
        All.FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException($"no fuzz target '{name}'; the targets are {string.Join(", ", All.Select(t => t.Name))}", nameof(name));

    /// <summary>Outside text arrives as bytes: invalid UTF-8 becomes U+FFFD, as ASP.NET Core and File.ReadAllText decode it.</summary>
    private static string Text(byte[] input) => Encoding.UTF8.GetString(input);

    [ThreadStatic]
    private static string? _listFolder;

    private static void ReadList(byte[] input, string extension)
    {
        _listFolder ??= Directory.CreateTempSubdirectory("parley-fuzz-lists-").FullName;
        var path = Path.Combine(_listFolder, "list" + extension);
        File.WriteAllBytes(path, input);
        ListReader.Read(path);
    }
}
