using System.Text.Json;
using Parley.Core.Commands;

namespace Parley.Core.Wire;

/// <summary>
/// Reads one command from its JSON form (the schema is docs/commands.md), strictly: unknown commands and fields, missing
/// fields and wrong types are errors that name the field. The command types come from <see cref="WireTypes"/> and their
/// fields from System.Text.Json's contract of each record (<see cref="CommandJson"/>), so a new command needs no code here.
/// </summary>
public static class CommandReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    /// <summary>The name of the field that names the command.</summary>
    public const string CommandField = "command";

    /// <summary>Reads a command the core does not know by itself (a signed submission, read by the store), or returns null.</summary>
    public delegate Command? Extension(string name, JsonElement root);

    public static Command Parse(string json, Extension? extension = null)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is { } position ? $"column {position + 1}: " : "";
            throw new CommandFormatException($"{column}malformed JSON: {FirstSentence(e.Message)}");
        }
        using (document)
        {
            return Parse(document.RootElement, extension, utf8);
        }
    }

    public static Command Parse(JsonElement root, Extension? extension = null) => Parse(root, extension, null);

    /// <summary>Reads a command; <paramref name="utf8"/> is the text <paramref name="root"/> was parsed from, when there is one (read again directly, it is faster than the element).</summary>
    private static Command Parse(JsonElement root, Extension? extension, byte[]? utf8)
    {
        var f = JsonFields.Of(root);
        var name = f.String(CommandField);
        if (extension?.Invoke(name, root) is { } extended)
        {
            return extended;
        }
        if (!WireTypes.Commands.TryGetValue(name, out var wire) || wire.ClrType == typeof(SubmitSigned))
        {
            throw new CommandFormatException(
                $"field '{CommandField}': '{name}' is not a command; known commands: {string.Join(", ", Names)}", CommandField);
        }
        var (element, rewritten) = wire.ClrType == typeof(MovePersons) ? OnePersonOrMany(root) : (root, false);
        var info = CommandJson.InfoOf(wire.ClrType);
        CommandValidator.Validate(element, info, "", withCommandField: true);
        var command = (Command)((utf8 is not null && !rewritten ? JsonSerializer.Deserialize(utf8, info) : element.Deserialize(info))
            ?? throw new CommandFormatException("a command must be a JSON object, found null"));
        // A type written under several names (the movements) learns which one from the "command" field.
        wire.VariantProperty?.SetValue(command, wire.Variant);
        return command;
    }

    /// <summary>Every command name, in the order of docs/commands.md's tables.</summary>
    public static IReadOnlyList<string> Names { get; } = WireTypes.Commands.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>A movement names one person (<c>person</c>) or several (<c>persons</c>), not both.</summary>
    private static (JsonElement Element, bool Rewritten) OnePersonOrMany(JsonElement root)
    {
        var hasOne = root.TryGetProperty("person", out var one) && one.ValueKind != JsonValueKind.Null;
        var hasMany = root.TryGetProperty("persons", out var many) && many.ValueKind != JsonValueKind.Null;
        if (hasOne && hasMany)
        {
            throw new CommandFormatException("give either 'person' or 'persons', not both", "persons");
        }
        if (!hasOne)
        {
            return (root, false);
        }
        if (one.ValueKind != JsonValueKind.String)
        {
            throw new CommandFormatException($"field 'person': expected a string, found {JsonFields.Describe(one)}", "person");
        }
        var rewritten = new System.Text.Json.Nodes.JsonObject();
        foreach (var property in root.EnumerateObject())
        {
            rewritten[property.Name == "person" ? "persons" : property.Name] = property.Name == "person"
                ? new System.Text.Json.Nodes.JsonArray(one.GetString())
                : System.Text.Json.Nodes.JsonNode.Parse(property.Value.GetRawText());
        }
        return (JsonSerializer.SerializeToElement(rewritten), true);
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …"; the column is already said.
        foreach (var tail in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }
        return message.TrimEnd('.', ' ');
    }
}
