using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Core.Wire;

namespace Parley.Core.Rules;

/// <summary>
/// The texts of a command that go into the public record — ids, names of things, press entries, statements, claims,
/// reasons — each with its field as command files name it (<c>persons[3].person</c>, <c>markdown</c>). Everything that
/// becomes a private part is left out: a list entry's names, date of birth, categories and identifiers, notes and
/// reasons kept private, a signed submission's text. What screens public text for personal data (the store, against
/// the lists it holds) reads them here, so a new command's texts are screened without being listed anywhere.
/// </summary>
public static class PublicTexts
{
    /// <summary>Fields that become a private part (<see cref="IPersonalData"/>), by their name in command files.</summary>
    private static readonly HashSet<string> PrivateFields = new(StringComparer.Ordinal) { "names", "dob", "categories", "identifiers", "note", "why" };

    /// <summary>The one command whose <c>note</c> is public: a correction of the talks record.</summary>
    private static readonly Type PublicNote = typeof(CorrectRecord);

    private sealed record TextField(string Name, Func<object, object?> Read);

    private static readonly ConcurrentDictionary<Type, TextField[]> Fields = new();

    public static IEnumerable<(string Field, string Text)> Of(Command command)
    {
        Preconditions.CheckNotNull(command);
        var found = new List<(string, string)>();
        CollectFields(command, "", found);
        return found;
    }

    private static void CollectFields(object value, string prefix, List<(string, string)> found)
    {
        foreach (var field in Fields.GetOrAdd(value.GetType(), FieldsOf))
        {
            Collect(field.Read(value), prefix + field.Name, found);
        }
    }

    private static void Collect(object? value, string field, List<(string, string)> found)
    {
        switch (value)
        {
            case null or IPersonalData:
                return;
            case string text:
                found.Add((field, text));
                return;
            case IDictionary:
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Collect(item, $"{field}[{index++}]", found);
                }
                return;
            case Command inner:
                CollectFields(inner, field + ".", found); // a signed submission's command: its ids are public
                return;
            default:
                if (value.GetType().IsClass && value.GetType().Namespace?.StartsWith("Parley.", StringComparison.Ordinal) == true)
                {
                    CollectFields(value, field + ".", found);
                }
                return;
        }
    }

    private static TextField[] FieldsOf(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && !(p.Name == nameof(Command.Name) && p.DeclaringType == typeof(Command)))
        .Where(p => p.PropertyType == typeof(string) || (p.PropertyType.IsClass && p.PropertyType != typeof(Uri)))
        .Select(p => (Property: p, Name: p.GetCustomAttribute<WireFieldAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
        .Where(p => (!PrivateFields.Contains(p.Name) || (type == PublicNote && p.Name == "note")) && !(type == typeof(SubmitSigned) && p.Name == "text"))
        .Select(p => new TextField(p.Name, WireTypes.Getter(type, p.Property)))
        .ToArray();
}
