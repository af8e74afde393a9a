using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Parley.Core.Commands;

namespace Parley.Core.Wire;

/// <summary>
/// The JSON contract of commands (docs/commands.md), built by System.Text.Json from the command records themselves:
/// field names in camelCase (or a property's <see cref="WireFieldAttribute"/>), the values of docs/commands.md, and
/// no field for <see cref="Command.Name"/> (it is the "command" field) or for the property a name varies by (see
/// <see cref="IsWireField"/>).
/// </summary>
public static class CommandJson
{
    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>The contract of one command type (or of a record inside a command).</summary>
    public static JsonTypeInfo InfoOf(Type type) => Options.GetTypeInfo(type);

    /// <summary>Writes a command as one line of a command file (with its "command" field first).</summary>
    public static string Write(Command command)
    {
        var body = JsonSerializer.SerializeToNode(command, command.GetType(), Options)!.AsObject();
        var line = new System.Text.Json.Nodes.JsonObject { ["command"] = command.Name };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            line[key] = value;
        }
        return line.ToJsonString(Options);
    }

    private static JsonSerializerOptions Create()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(Shape);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = resolver,
            MaxDepth = 16,
        };
        options.Converters.Add(new CommandDateConverter());
        options.Converters.Add(new CommandDateTimeConverter());
        options.Converters.Add(new CommandInstantConverter());
        options.Converters.Add(new SideConverter());
        options.Converters.Add(new PersonNameConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }

    /// <summary>Whether a property of the contract is a field of command files (not the one the command's name gives).</summary>
    public static bool IsWireField(JsonTypeInfo info, JsonPropertyInfo property) =>
        (property.AttributeProvider as PropertyInfo)?.Name is not { } member
        || member != info.Type.GetCustomAttribute<WireNameAttribute>()?.VariesBy;

    private static void Shape(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var variesBy = info.Type.GetCustomAttribute<WireNameAttribute>()?.VariesBy;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            var member = property.AttributeProvider as PropertyInfo;
            if (member is null)
            {
                continue;
            }
            if (member.Name == nameof(Command.Name) && member.DeclaringType == typeof(Command))
            {
                info.Properties.RemoveAt(i);
            }
            else if (member.Name == variesBy)
            {
                // Bound to its constructor parameter (so kept), but never a field: the "command" name says it.
                property.ShouldSerialize = static (_, _) => false;
            }
            else if (member.GetCustomAttribute<WireFieldAttribute>() is { } field)
            {
                property.Name = field.Name;
            }
        }
    }
}
