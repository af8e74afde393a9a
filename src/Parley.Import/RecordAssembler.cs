using Parley.Matching.Records;

namespace Parley.Import;

/// <summary>
/// Turns a header row and data rows (cells as text) into <see cref="ListRecord"/>s, collecting every
/// problem with its row and column; <see cref="Finish"/> throws them all at once, so that an import
/// with any error imports nothing.
/// </summary>
internal sealed class RecordAssembler
{
    private readonly string _path;
    private readonly int[] _columnIndex;
    private readonly string[] _columnName;
    private readonly List<ImportError> _errors = [];
    private readonly List<ListRecord> _records = [];
    private readonly Dictionary<string, int> _rowById = new(StringComparer.Ordinal);
    private bool _truncated;

    private RecordAssembler(string path, int[] columnIndex, string[] columnName)
    {
        _path = path;
        _columnIndex = columnIndex;
        _columnName = columnName;
    }

    internal int RowsRead => _records.Count;

    /// <summary>Reads the header (row 1); throws if a required column is missing or a column appears twice.</summary>
    internal static RecordAssembler ForHeader(string path, IReadOnlyList<string?> header)
    {
        var columns = Enum.GetValues<ListColumn>().Length;
        var index = Enumerable.Repeat(-1, columns).ToArray();
        var names = new string[columns];
        var errors = new List<ImportError>();
        for (var i = 0; i < header.Count; i++)
        {
            var text = (header[i] ?? "").Trim();
            if (ColumnNames.Recognise(text) is not { } column)
            {
                continue;
            }
            if (index[(int)column] >= 0)
            {
                errors.Add(new ImportError(1, text, $"the column appears twice (also as \"{names[(int)column]}\", column {index[(int)column] + 1}); remove one"));
                continue;
            }
            index[(int)column] = i;
            names[(int)column] = text;
        }
        bool Has(ListColumn c) => index[(int)c] >= 0;
        if (!Has(ListColumn.Id))
        {
            errors.Add(new ImportError(1, null, "there is no id column; the header needs one named id (ід, ид)"));
        }
        if (!Has(ListColumn.FullName) && !(Has(ListColumn.Surname) && Has(ListColumn.Given)))
        {
            var found = Has(ListColumn.Surname) ? " (there is a surname column but no given-name column)"
                : Has(ListColumn.Given) ? " (there is a given-name column but no surname column)" : "";
            errors.Add(new ImportError(1, null,
                $"there is no name column{found}; the header needs surname and given (прізвище and ім'я, фамилия and имя), or one full-name column (name, ПІБ, ФИО)"));
        }
        if (errors.Count > 0)
        {
            throw new ListImportException(path, errors);
        }
        return new RecordAssembler(path, index, names);
    }

    /// <summary>Adds a data row; <paramref name="row"/> is its 1-based row in the file. A row with every cell empty is skipped.</summary>
    internal void Add(int row, IReadOnlyList<string?> cells)
    {
        string? Cell(ListColumn c)
        {
            var i = _columnIndex[(int)c];
            if (i < 0 || i >= cells.Count)
            {
                return null;
            }
            var value = cells[i];
            if (value is null)
            {
                return null;
            }
            value = SpreadsheetSafety.Unescape(value.Trim())!;
            return value.Length == 0 ? null : value;
        }

        var empty = true;
        for (var i = 0; i < cells.Count && empty; i++)
        {
            empty = string.IsNullOrWhiteSpace(cells[i]);
        }
        if (empty)
        {
            return;
        }

        var errorsBefore = _errors.Count;
        var id = Cell(ListColumn.Id);
        if (id is null)
        {
            Error(row, ListColumn.Id, "the id is empty; every row needs one");
        }
        else if (_rowById.TryGetValue(id, out var first))
        {
            Error(row, ListColumn.Id, $"the id '{id}' is also on row {first}; ids must be unique");
        }
        else
        {
            _rowById[id] = row;
        }

        var surname = Cell(ListColumn.Surname);
        var given = Cell(ListColumn.Given);
        var fullName = Cell(ListColumn.FullName);
        if (surname is null && given is null && fullName is null)
        {
            Error(row, _columnIndex[(int)ListColumn.FullName] >= 0 && _columnIndex[(int)ListColumn.Surname] < 0 ? ListColumn.FullName : ListColumn.Surname,
                "the name is empty; every row needs a surname, a given name or a full name");
        }

        PartialDate? dob = null;
        if (Cell(ListColumn.DateOfBirth) is { } dobText)
        {
            if (DateText.TryParse(dobText, out var parsed, out var problem))
            {
                dob = parsed;
            }
            else
            {
                Error(row, ListColumn.DateOfBirth, problem is null
                    ? $"{DateText.Expected}, found '{dobText}'"
                    : $"{DateText.Expected}, found '{dobText}': {problem}");
            }
        }

        if (_errors.Count > errorsBefore || _errors.Count > 0)
        {
            // Once anything is wrong, nothing will be imported: keep checking rows, but stop building records.
            return;
        }
        _records.Add(new ListRecord(
            id!, surname, given, Cell(ListColumn.Patronymic), fullName, dob,
            Cell(ListColumn.ServiceNumber), Cell(ListColumn.Rank), Cell(ListColumn.Birthplace),
            Cell(ListColumn.Father), Cell(ListColumn.MotherMaiden), Cell(ListColumn.Category), row));
    }

    /// <summary>True once the error limit is reached: the caller may stop reading.</summary>
    internal bool Full => _truncated;

    /// <summary>The records, or a <see cref="ListImportException"/> with every error found.</summary>
    internal IReadOnlyList<ListRecord> Finish() =>
        _errors.Count == 0 ? _records : throw new ListImportException(_path, _errors, _truncated);

    private void Error(int row, ListColumn column, string message)
    {
        if (_errors.Count >= ListImportException.MaxErrors)
        {
            _truncated = true;
            return;
        }
        _errors.Add(new ImportError(row, _columnName[(int)column], message));
    }
}
