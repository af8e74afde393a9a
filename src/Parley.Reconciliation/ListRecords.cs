using Parley.Core.Exchanges;
using Parley.Matching.Records;
using Parley.Matching.Scoring;

namespace Parley.Reconciliation;

/// <summary>
/// Turns list entries (requests and offered people) into the engine's <see cref="ListRecord"/>: the first name given in parts (surname, given,
/// patronymic), else the first name as full text; the date of birth; and, from the identifiers, <c>service_number</c>,
/// <c>rank</c>, <c>birthplace</c>, <c>father</c> and <c>mother_maiden</c> (also spelt with <c>-</c> or in camelCase).
/// </summary>
public static class ListRecords
{
    public static ListRecord Of(Person person, int row) => Of(person.Id, person.Details ?? throw Erased(person.Id), row);

    public static ListRecord Of(Request request, int row) => Of(request.Id, request.Details ?? throw Erased(request.Id), row);

    private static InvalidOperationException Erased(string id) => new($"the personal data of list entry '{id}' was erased; there is nothing to match");

    public static ListRecord Of(string id, PersonDetails details, int row)
    {
        var parts = details.Names.FirstOrDefault(n => n.Surname is not null || n.Given is not null);
        // The engine reads years 1850 to 2100; a date outside them is left out rather than refused.
        var dob = details.DateOfBirth is { Year: >= 1850 and <= 2100 } d ? new PartialDate(d.Year, d.Month, d.Day) : (PartialDate?)null;
        return new ListRecord(
            id,
            parts?.Surname,
            parts?.Given,
            parts?.Patronymic,
            parts is null ? details.Names[0].Text : null,
            dob,
            Identifier(details, "service_number"),
            Identifier(details, "rank"),
            Identifier(details, "birthplace"),
            Identifier(details, "father"),
            Identifier(details, "mother_maiden"),
            details.Categories.Count == 0 ? null : string.Join(",", details.Categories),
            row);
    }

    /// <summary>
    /// The public digest of a pair's evidence: <c>field: level</c> for each field both sides gave, such as
    /// <c>surname: phonetic, given: same name, dob: exact</c>. Level names only, never what either side wrote.
    /// </summary>
    public static string Digest(IEnumerable<Matching.Reconciliation.FieldEvidence> evidence) =>
        string.Join(", ", evidence.Where(e => !e.Level.IsMissing).Select(e => $"{FieldName(e.Field)}: {e.Level.Name}"));

    public static string FieldName(Field field) => field switch
    {
        Field.Surname => "surname",
        Field.Given => "given",
        Field.Patronymic => "patronymic",
        Field.DateOfBirth => "dob",
        Field.ServiceNumber => "service-number",
        Field.Birthplace => "birthplace",
        Field.Father => "father",
        Field.MotherMaiden => "mother-maiden",
        Field.Rank => "rank",
        _ => field.ToString().ToLowerInvariant(),
    };

    private static string? Identifier(PersonDetails details, string snake)
    {
        var kebab = snake.Replace('_', '-');
        var camel = string.Concat(snake.Split('_').Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        foreach (var key in new[] { snake, kebab, camel })
        {
            if (details.Identifiers.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }
        return null;
    }
}
