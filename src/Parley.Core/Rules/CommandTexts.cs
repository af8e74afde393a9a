using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Parley.Core.Commands;
using Parley.Core.Wire;

namespace Parley.Core.Rules;

/// <summary>
/// Checks every text of a command against <see cref="TextRules"/>: the decider calls it first, so text from any way in
/// (a file, the API, a desk form, a signed submission) meets the same rules, and the error names the field as command
/// files name it (<c>persons[3].names[0].text</c>).
/// </summary>
internal static class CommandTexts
{
    private sealed record TextField(string Name, Func<object, object?> Read, TextKind Kind);

    private static readonly ConcurrentDictionary<Type, TextField[]> Fields = new();

    /// <exception cref="InvalidFieldException">A text holds what it may not.</exception>
    public static void Check(object value, string prefix = "")
    {
        foreach (var field in Fields.GetOrAdd(value.GetType(), FieldsOf))
        {
            Check(field.Read(value), prefix + field.Name, field.Kind);
        }
    }

    private static void Check(object? value, string field, TextKind kind)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (TextRules.Problem(text, kind) is { } problem)
                {
                    throw new InvalidFieldException(field, null, $"the text {problem}");
                }
                return;
            case IDictionary map:
                foreach (DictionaryEntry entry in map)
                {
                    Check(entry.Key, $"{field}.{entry.Key}", TextKind.Line);
                    Check(entry.Value, $"{field}.{entry.Key}", TextKind.Line);
                }
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Check(item, $"{field}[{index++}]", kind);
                }
                return;
            case Command:
                return; // decided on its own (a signed submission's inner command)
            default:
                if (value.GetType().IsClass && value.GetType().Namespace?.StartsWith("Parley.", StringComparison.Ordinal) == true)
                {
                    Check(value, field + ".");
                }
                return;
        }
    }

    private static TextField[] FieldsOf(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && !(p.Name == nameof(Command.Name) && p.DeclaringType == typeof(Command)))
        .Where(p => p.PropertyType == typeof(string) || (p.PropertyType.IsClass && p.PropertyType != typeof(Uri)))
        .Select(p => new TextField(
            p.GetCustomAttribute<WireFieldAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
            WireTypes.Getter(type, p),
            (p.GetCustomAttribute<TextAttribute>() ?? ParameterAttribute(type, p))?.Kind ?? TextKind.Line))
        .ToArray();

    /// <summary>A positional record's attribute sits on its constructor parameter unless written <c>[property: …]</c>.</summary>
    private static TextAttribute? ParameterAttribute(Type type, PropertyInfo property) => type.GetConstructors()
        .SelectMany(c => c.GetParameters())
        .FirstOrDefault(p => p.Name == property.Name)?.GetCustomAttribute<TextAttribute>();
}
