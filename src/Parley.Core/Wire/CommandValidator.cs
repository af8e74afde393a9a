using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Parley.Core.Exchanges;
using Parley.Core.Matching;

namespace Parley.Core.Wire;

/// <summary>
/// Checks a command's JSON against its System.Text.Json contract before it is deserialized, so that every mistake is
/// reported as docs/commands.md says, naming the field: an unknown field (a typo such as "planedA" is an error, not a
/// silent default), a missing one, or a value of the wrong type. A field set to null counts as absent.
/// </summary>
internal static class CommandValidator
{
    /// <summary>The fields of one contract, worked out once (reflection is slow, and a file may hold a million commands).</summary>
    private sealed record Shape(JsonPropertyInfo[] Properties, bool[] Required, FrozenSet<string> Known, string KnownText);

    private static readonly ConcurrentDictionary<(JsonTypeInfo, bool), Shape> Shapes = new();

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Words = new();

    public static void Validate(JsonElement element, JsonTypeInfo info, string prefix, bool withCommandField)
    {
        var shape = Shapes.GetOrAdd((info, withCommandField), static key =>
        {
            var (info, withCommand) = key;
            var properties = info.Properties.Where(p => (p.Set is not null || p.AssociatedParameter is not null) && CommandJson.IsWireField(info, p)).ToArray();
            var known = properties.Select(p => p.Name).Concat(withCommand ? [CommandReader.CommandField] : []).ToFrozenSet(StringComparer.Ordinal);
            return new Shape(properties, [.. properties.Select(IsRequired)], known, string.Join(", ", known.Order(StringComparer.Ordinal)));
        });
        foreach (var property in element.EnumerateObject())
        {
            if (!shape.Known.Contains(property.Name))
            {
                throw new CommandFormatException(
                    $"field '{prefix}{property.Name}' is not a field of this command (known: {shape.KnownText})",
                    prefix + property.Name);
            }
        }
        for (var i = 0; i < shape.Properties.Length; i++)
        {
            var property = shape.Properties[i];
            if (!element.TryGetProperty(property.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (shape.Required[i])
                {
                    throw new CommandFormatException($"field '{prefix + property.Name}' is missing: expected {Expected(property.PropertyType)}", prefix + property.Name);
                }
                continue;
            }
            Value(value, property.PropertyType, prefix.Length == 0 ? property.Name : prefix + property.Name);
        }
    }

    private static bool IsRequired(JsonPropertyInfo property) =>
        property.AssociatedParameter is { HasDefaultValue: false } parameter && !parameter.IsNullable
        && Nullable.GetUnderlyingType(property.PropertyType) is null;

    private static void Value(JsonElement value, Type type, string field)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (Kind(type))
        {
            case ValueKind.String when type == typeof(string):
                Require(value, JsonValueKind.String, type, field);
                JsonFields.ReadString(value, field);
                break;
            case ValueKind.String:
                Require(value, JsonValueKind.String, type, field);
                if (CommandValues.Problem(type, JsonFields.ReadString(value, field)) is { } problem)
                {
                    throw new CommandFormatException($"field '{field}': {problem}", field);
                }
                break;
            case ValueKind.Integer:
                if (value.ValueKind != JsonValueKind.Number || !(type == typeof(int) ? value.TryGetInt32(out _) : value.TryGetInt64(out _)))
                {
                    throw WrongType(field, type, value);
                }
                break;
            case ValueKind.Number:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out _))
                {
                    throw WrongType(field, type, value);
                }
                break;
            case ValueKind.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw WrongType(field, type, value);
                }
                break;
            case ValueKind.Enum:
                Require(value, JsonValueKind.String, type, field);
                var words = EnumWords(type);
                var word = JsonFields.ReadString(value, field);
                if (!words.Contains(word))
                {
                    throw new CommandFormatException($"field '{field}': expected {OneOf(words)}, found '{word}'", field);
                }
                break;
            case ValueKind.Name:
                if (value.ValueKind != JsonValueKind.String)
                {
                    Require(value, JsonValueKind.Object, type, field);
                    NameParts(value, field + ".");
                }
                break;
            case ValueKind.List:
                Require(value, JsonValueKind.Array, type, field);
                var item = type.GetGenericArguments()[0];
                var index = 0;
                foreach (var element in value.EnumerateArray())
                {
                    if (element.ValueKind == JsonValueKind.Null)
                    {
                        throw WrongType($"{field}[{index}]", item, element);
                    }
                    Value(element, item, $"{field}[{index}]");
                    index++;
                }
                break;
            case ValueKind.Map:
                Require(value, JsonValueKind.Object, type, field);
                foreach (var property in value.EnumerateObject())
                {
                    Value(property.Value, typeof(string), $"{field}.{property.Name}");
                }
                break;
            default:
                Require(value, JsonValueKind.Object, type, field);
                Validate(value, CommandJson.InfoOf(type), field + ".", withCommandField: false);
                break;
        }
    }

    /// <summary>A name written as an object (its own converter reads it, so it has no contract to walk).</summary>
    private static void NameParts(JsonElement value, string prefix)
    {
        string[] parts = ["given", "patronymic", "surname", "text"];
        foreach (var property in value.EnumerateObject())
        {
            if (Array.IndexOf(parts, property.Name) < 0)
            {
                throw new CommandFormatException(
                    $"field '{prefix}{property.Name}' is not a field of this command (known: {string.Join(", ", parts)})", prefix + property.Name);
            }
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                Value(property.Value, typeof(string), prefix + property.Name);
            }
        }
        if (!value.TryGetProperty("text", out var text) || text.ValueKind == JsonValueKind.Null)
        {
            throw new CommandFormatException($"field '{prefix}text' is missing: expected a string", prefix + "text");
        }
    }

    private enum ValueKind { String, Integer, Number, Boolean, Enum, Name, List, Map, Record }

    private static ValueKind Kind(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(LocalDate) || type == typeof(LocalDateTime) || type == typeof(Instant) || type == typeof(Uri) => ValueKind.String,
        _ when type == typeof(int) || type == typeof(long) => ValueKind.Integer,
        _ when type == typeof(double) => ValueKind.Number,
        _ when type == typeof(bool) => ValueKind.Boolean,
        _ when type.IsEnum => ValueKind.Enum,
        _ when type == typeof(PersonName) => ValueKind.Name,
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableList<>) => ValueKind.List,
        _ when typeof(IDictionary).IsAssignableFrom(type) => ValueKind.Map,
        _ => ValueKind.Record,
    };

    private static void Require(JsonElement value, JsonValueKind kind, Type type, string field)
    {
        if (value.ValueKind != kind)
        {
            throw WrongType(field, type, value);
        }
    }

    private static CommandFormatException WrongType(string field, Type type, JsonElement found) =>
        new($"field '{field}': expected {Expected(type)}, found {JsonFields.Describe(found)}", field);

    /// <summary>What a value of the type looks like, in the words of docs/commands.md.</summary>
    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return Kind(type) switch
        {
            ValueKind.String when type == typeof(LocalDate) => CommandValues.DateExpected,
            ValueKind.String when type == typeof(LocalDateTime) => CommandValues.DateTimeExpected,
            ValueKind.String when type == typeof(Instant) => CommandValues.InstantExpected,
            ValueKind.String => "a string",
            ValueKind.Integer => "a whole number",
            ValueKind.Number when type == typeof(double) => "a number from 0 to 1",
            ValueKind.Boolean => "true or false",
            ValueKind.Enum => OneOf(EnumWords(type)),
            ValueKind.Name => "a name (a string, or an object with its text)",
            ValueKind.List => type.GetGenericArguments()[0] switch
            {
                var t when t == typeof(string) => "a list of strings",
                var t when t == typeof(PersonName) => "a list of names as written",
                var t when t == typeof(MatchCandidate) => "a list of candidate pairs",
                var t when t == typeof(Commands.RosterEntry) => "a list of list entries",
                _ => "a list",
            },
            ValueKind.Map => "an object of strings",
            _ => "an object",
        };
    }

    private static IReadOnlyList<string> EnumWords(Type type) => Words.GetOrAdd(type, static type =>
        type == typeof(Side) ? ["A", "B", "a", "b"] : Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName).ToList());

    private static string OneOf(IReadOnlyList<string> words)
    {
        var shown = words.Count == 4 && words[0] == "A" ? ["A", "B"] : words;
        return shown.Count == 1 ? shown[0] : string.Join(", ", shown.Take(shown.Count - 1)) + " or " + shown[^1];
    }
}
