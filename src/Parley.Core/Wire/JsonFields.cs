using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Parley.Core.Wire;

/// <summary>
/// Reads the fields of one JSON object strictly: each read is remembered, so that <see cref="RejectUnknown"/> can
/// name a field nobody asked for (a typo such as "planedA" is an error, not a silent default).
/// </summary>
public sealed class JsonFields(JsonElement element, string prefix = "")
{
    private static readonly LocalDateTimePattern[] DateTimePatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
    ];

    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public static JsonFields Of(JsonElement element, string prefix = "")
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CommandFormatException($"{(prefix.Length == 0 ? "a command" : prefix.TrimEnd('.'))} must be a JSON object, found {Describe(element)}");
        }
        return new JsonFields(element, prefix);
    }

    public string Name(string field) => prefix + field;

    public bool Has(string field) => element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    public string String(string field) =>
        OptionalString(field) ?? throw Missing(field, "a string");

    public string? OptionalString(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String
            ? ReadString(value, Name(field))
            : throw WrongType(field, "a string", value);
    }

    /// <summary>A JSON string's value; one that is not valid Unicode (an unpaired surrogate escape) is an error naming the field.</summary>
    public static string ReadString(JsonElement value, string field)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new CommandFormatException($"field '{field}': the text holds an unpaired surrogate (such as \\ud800): it is not valid Unicode", field);
        }
    }

    /// <summary>true or false; false when absent.</summary>
    public bool OptionalBool(string field) =>
        !TryGet(field, out var value) ? false
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw WrongType(field, "true or false", value);

    public int Int(string field)
    {
        if (!TryGet(field, out var value))
        {
            throw Missing(field, "a whole number");
        }
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw WrongType(field, "a whole number", value);
    }

    public LocalDate Date(string field) => OptionalDate(field) ?? throw Missing(field, "a date such as 2025-05-23");

    public LocalDate? OptionalDate(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }
        foreach (var pattern in new[] { LocalDatePattern.Iso, LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu") })
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }
        throw new CommandFormatException($"field '{Name(field)}': expected a date such as 2025-05-23 or 23.05.2025, found '{text}'", Name(field));
    }

    public LocalDateTime DateTime(string field) =>
        OptionalDateTime(field) ?? throw Missing(field, "a local time such as 2025-05-16T13:30");

    public LocalDateTime? OptionalDateTime(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }
        foreach (var pattern in DateTimePatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }
        throw new CommandFormatException($"field '{Name(field)}': expected a local time in the venue's zone such as 2025-05-16T13:30, found '{text}'", Name(field));
    }

    /// <summary>An instant with its offset, such as 2025-05-23T18:00+03:00 or 2025-05-23T15:00Z.</summary>
    public Instant? OptionalInstant(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }
        foreach (var pattern in InstantPatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value.ToInstant();
            }
        }
        throw new CommandFormatException($"field '{Name(field)}': expected a time with its offset such as 2025-05-23T18:00+03:00, found '{text}'", Name(field));
    }

    private static readonly OffsetDateTimePattern[] InstantPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:sso<G>"),
    ];

    public Uri Uri(string field)
    {
        var text = String(field);
        return System.Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new CommandFormatException($"field '{Name(field)}': expected an absolute address such as https://example.org/news, found '{text}'", Name(field));
    }

    public ImmutableList<string> Strings(string field, bool required = true)
    {
        if (!TryGet(field, out var value))
        {
            return required ? throw Missing(field, "a list of strings") : [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(field, "a list of strings", value);
        }
        var builder = ImmutableList.CreateBuilder<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            builder.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw WrongType($"{field}[{index}]", "a string", item));
            index++;
        }
        return builder.ToImmutable();
    }

    public ImmutableSortedDictionary<string, string> StringMap(string field)
    {
        if (!TryGet(field, out var value))
        {
            return ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw WrongType(field, "an object of strings", value);
        }
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            builder[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : throw WrongType($"{field}.{property.Name}", "a string", property.Value);
        }
        return builder.ToImmutable();
    }

    public JsonElement Element(string field) =>
        TryGet(field, out var value) ? value : throw Missing(field, "a value");

    public bool TryGet(string field, out JsonElement value)
    {
        _read.Add(field);
        return element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public void RejectUnknown()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                throw new CommandFormatException(
                    $"field '{Name(property.Name)}' is not a field of this command (known: {string.Join(", ", _read.Order(StringComparer.Ordinal))})",
                    Name(property.Name));
            }
        }
    }

    public CommandFormatException Missing(string field, string expected) =>
        new($"field '{Name(field)}' is missing: expected {expected}", Name(field));

    public CommandFormatException WrongType(string field, string expected, JsonElement found) =>
        new($"field '{Name(field)}': expected {expected}, found {Describe(found)}", Name(field));

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
