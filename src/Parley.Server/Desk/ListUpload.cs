using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.Wire;
using Parley.Import;
using Parley.Matching.Records;
using Parley.Store.PublicRecord;
using Parley.Store.Serialization;

namespace Parley.Server.Desk;

/// <summary>
/// An uploaded list file made into one command: a CSV or XLSX list (docs/lists.md; headers in English, Ukrainian or
/// Russian) becomes a <c>submit-list</c> of every row, and a signed list made offline with <c>parley sign</c> (its
/// apply-file line) is passed on as it is. All or nothing: any problem is an <see cref="UploadException"/> naming the row
/// and column, and the command is never sent.
/// </summary>
public static partial class ListUpload
{
    /// <summary>The rows of the file, kept to point the decider's errors (which name entries) back at rows.</summary>
    public sealed record Upload(Command Command, IReadOnlyList<ListRecord> Rows);

    public static Upload Read(string fileName, byte[] bytes, string exchange, string party, ListKind list)
    {
        var name = SafeName(fileName);
        if (LooksLikeJson(bytes))
        {
            return new Upload(Signed(name, bytes, exchange), []);
        }
        ImportedList imported;
        try
        {
            imported = ListReader.Read(name, bytes);
        }
        catch (ListImportException e)
        {
            throw new UploadException(name, e.Errors, e.Truncated);
        }
        if (imported.Records.Count == 0)
        {
            throw new UploadException(name, [new ImportError(0, null, "the file has a header but no rows; nothing to add")]);
        }
        var entries = imported.Records.Select(Entry).ToImmutableList();
        return new Upload(new SubmitList(exchange, party, list, entries), imported.Records);
    }

    /// <summary>The decider's rejection of an uploaded list, pointed at the row it concerns where it names one.</summary>
    public static UploadException Rejected(string fileName, Upload upload, ParleyException rejection)
    {
        var name = SafeName(fileName);
        var row = 0;
        string? column = null;
        if (rejection is InvalidFieldException f && EntryField().Match(f.Field) is { Success: true } m
            && int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is var i && i < upload.Rows.Count)
        {
            row = upload.Rows[i].SourceRow;
            column = m.Groups[2].Success ? m.Groups[2].Value : null;
        }
        else if (QuotedId().Match(rejection.Message) is { Success: true } q && upload.Rows.FirstOrDefault(r => r.Id == q.Groups[1].Value) is { } named)
        {
            row = named.SourceRow;
            column = "id";
        }
        return new UploadException(name, [new ImportError(row, column, rejection.Message)]);
    }

    /// <summary>A list entry from a row: names in parts and as written, the date of birth, categories and identifiers.</summary>
    public static RosterEntry Entry(ListRecord r)
    {
        var names = ImmutableList.CreateBuilder<PersonName>();
        if (r.Surname is not null || r.Given is not null)
        {
            var text = string.Join(' ', new[] { r.Surname, r.Given, r.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));
            names.Add(new PersonName(text, r.Surname, r.Given, r.Patronymic));
        }
        if (r.FullName is not null)
        {
            names.Add(new PersonName(r.FullName));
        }
        var identifiers = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                identifiers[key] = value;
            }
        }
        Add("service_number", r.ServiceNumber);
        Add("rank", r.Rank);
        Add("birthplace", r.Birthplace);
        Add("father", r.Father);
        Add("mother_maiden", r.MotherMaiden);
        LocalDate? dob = null;
        if (r.DateOfBirth is { IsComplete: true } d)
        {
            dob = new LocalDate(d.Year!.Value, d.Month!.Value, d.Day!.Value);
        }
        else if (r.DateOfBirth is { } partial)
        {
            // A year or a month without a day is kept as written; matching reads complete dates only.
            Add("dob", partial.ToString());
        }
        var categories = (r.Category ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToImmutableList();
        return new RosterEntry(r.Id, names.ToImmutable(), dob, categories, identifiers.ToImmutable());
    }

    private static Command Signed(string name, byte[] bytes, string exchange)
    {
        Command command;
        try
        {
            command = CommandText.Parse(Encoding.UTF8.GetString(bytes).Trim());
        }
        catch (CommandFormatException e)
        {
            throw new UploadException(name, [new ImportError(0, e.Field, "not a signed list from `parley sign`: " + e.Message)]);
        }
        if (command is not SignedSubmission { Submission.Inner: SubmitList or ListPersons } signed)
        {
            throw new UploadException(name, [new ImportError(0, null, $"a JSON upload must be a signed list (`parley sign` of a submit-list or list-persons); this is '{command.Name}'")]);
        }
        if (signed.Submission.Exchange != exchange)
        {
            throw new UploadException(name, [new ImportError(0, "exchange", $"the signed list is for exchange '{signed.Submission.Exchange}', not '{exchange}'")]);
        }
        return signed;
    }

    private static bool LooksLikeJson(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var text = bytes.AsSpan(start).TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] == (byte)'{';
    }

    /// <summary>The file's own name (no folders), as errors show it.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        name = new string([.. name.Where(c => !char.IsControl(c)).Take(120)]);
        return name.Length == 0 ? "upload" : name;
    }

    [GeneratedRegex(@"^persons\[(\d+)\](?:\.(\w+))?")]
    private static partial Regex EntryField();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedId();
}

/// <summary>An uploaded list that was not taken, with every problem by row and column; nothing of it was recorded.</summary>
public sealed class UploadException(string file, IReadOnlyList<ImportError> errors, bool truncated = false)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.Describe(file))))
{
    public string File { get; } = file;

    public IReadOnlyList<ImportError> Errors { get; } = errors;

    public bool Truncated { get; } = truncated;
}
