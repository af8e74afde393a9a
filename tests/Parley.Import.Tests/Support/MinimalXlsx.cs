using System.IO.Compression;
using System.Security;
using System.Text;

namespace Parley.Import.Tests.Support;

/// <summary>
/// Writes the smallest workbook ExcelDataReader (and Excel) will open, since ExcelDataReader only reads:
/// a ZIP with <c>[Content_Types].xml</c>, the package and workbook relationships, <c>xl/workbook.xml</c>,
/// and one <c>xl/worksheets/sheetN.xml</c> per sheet (ECMA-376 Part 1, §12.2 and §18.3). Text cells are
/// inline strings (<c>t="inlineStr"</c>), so no shared-string table is needed; numbers are plain
/// <c>&lt;v&gt;</c> cells; a date is a number (its OLE Automation date) in a cell styled with the built-in
/// date format 14, which is how Excel stores dates (<c>xl/styles.xml</c>, §18.8.30). A cell given as a
/// <see cref="double"/> is written as a number, a <see cref="DateTime"/> as a date.
/// </summary>
public static class MinimalXlsx
{
    public static byte[] Create(params IReadOnlyList<IReadOnlyList<object?>>[] sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
            var workbook = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
            var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
            for (var s = 1; s <= sheets.Length; s++)
            {
                types.Append($"""<Override PartName="/xl/worksheets/sheet{s}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
                workbook.Append($"""<sheet name="Sheet{s}" sheetId="{s}" r:id="rId{s}"/>""");
                rels.Append($"""<Relationship Id="rId{s}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{s}.xml"/>""");
                Add(zip, $"xl/worksheets/sheet{s}.xml", Sheet(sheets[s - 1]));
            }
            Add(zip, "[Content_Types].xml", types.Append("</Types>").ToString());
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            rels.Append("""<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
            Add(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            Add(zip, "xl/workbook.xml", workbook.Append("</sheets></workbook>").ToString());
            Add(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
        }
        return buffer.ToArray();
    }

    private static string Sheet(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Count; r++)
        {
            xml.Append($"""<row r="{r + 1}">""");
            for (var c = 0; c < rows[r].Count; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case double number:
                        xml.Append($"""<c r="{reference}"><v>{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>""");
                        break;
                    case DateTime date:
                        xml.Append($"""<c r="{reference}" s="1"><v>{date.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>""");
                        break;
                    case var text:
                        xml.Append($"""<c r="{reference}" t="inlineStr"><is><t>{SecurityElement.Escape(text.ToString())}</t></is></c>""");
                        break;
                }
            }
            xml.Append("</row>");
        }
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stream.Write(bytes);
    }
}
