using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;

namespace Parley.Core.Wire;

/// <summary>
/// The registry of every event and command type, built once from the <see cref="WireNameAttribute"/> on each type in
/// Parley.Core. The codec, the command reader, the verifier, the projections and the live broadcast all read it, so a
/// new event or command is written in one file (plus its decider and fold cases) and never spelt anywhere else.
/// </summary>
public static class WireTypes
{
    private static readonly JsonNamingPolicy Words = JsonNamingPolicy.KebabCaseLower;

    /// <summary>Every event type, by wire name.</summary>
    public static FrozenDictionary<string, WireType> Events { get; }

    /// <summary>Every command type, by wire name.</summary>
    public static FrozenDictionary<string, WireType> Commands { get; }

    private static readonly FrozenDictionary<Type, Func<object, string>> NameOfInstance;

    static WireTypes()
    {
        var events = new Dictionary<string, WireType>(StringComparer.Ordinal);
        var commands = new Dictionary<string, WireType>(StringComparer.Ordinal);
        var namers = new Dictionary<Type, Func<object, string>>();
        foreach (var type in typeof(WireTypes).Assembly.GetTypes())
        {
            if (type.GetCustomAttribute<WireNameAttribute>() is not { } wire)
            {
                continue;
            }
            var isEvent = typeof(DomainEvent).IsAssignableFrom(type);
            if (!isEvent && !typeof(Command).IsAssignableFrom(type))
            {
                throw new InvalidOperationException($"{type.Name} has a wire name but is neither an event nor a command.");
            }
            var target = isEvent ? events : commands;
            var live = type.GetCustomAttribute<LiveEntryAttribute>();
            var issuedBy = type.GetCustomAttribute<IssuedByAttribute>()?.Roles ?? ActorRole.None;
            if (!isEvent && issuedBy == ActorRole.None)
            {
                throw new InvalidOperationException($"The command {type.Name} does not say who may issue it ([IssuedBy]).");
            }
            var hasPrivatePart = type.GetProperties().Any(p => typeof(IPersonalData).IsAssignableFrom(p.PropertyType));
            if (wire.VariesBy is null)
            {
                Add(target, new WireType(wire.Name, type, null, null, hasPrivatePart, live, issuedBy));
                var name = wire.Name;
                namers[type] = _ => name;
                continue;
            }
            var property = type.GetProperty(wire.VariesBy)
                ?? throw new InvalidOperationException($"{type.Name}'s wire name varies by '{wire.VariesBy}', which it lacks.");
            var byValue = new Dictionary<object, string>();
            foreach (var value in Enum.GetValues(property.PropertyType))
            {
                var name = wire.Name + Words.ConvertName(value.ToString()!);
                Add(target, new WireType(name, type, property, value, hasPrivatePart, live, issuedBy));
                byValue[value] = name;
            }
            var frozen = byValue.ToFrozenDictionary();
            var read = Getter(type, property);
            namers[type] = instance => frozen[read(instance)];
        }
        Events = events.ToFrozenDictionary(StringComparer.Ordinal);
        Commands = commands.ToFrozenDictionary(StringComparer.Ordinal);
        NameOfInstance = namers.ToFrozenDictionary();
    }

    /// <summary>The wire name of an event or a command.</summary>
    public static string NameOf(object eventOrCommand) =>
        NameOfInstance.TryGetValue(eventOrCommand.GetType(), out var name)
            ? name(eventOrCommand)
            : throw new InvalidOperationException($"{eventOrCommand.GetType().Name} has no wire name ([WireName]).");

    /// <summary>The wire name of a type with one name.</summary>
    public static string NameOf<T>() =>
        typeof(T).GetCustomAttribute<WireNameAttribute>() is { VariesBy: null } wire
            ? wire.Name
            : throw new InvalidOperationException($"{typeof(T).Name} has no single wire name.");

    /// <summary>Every name an event type is written under.</summary>
    public static IEnumerable<string> EventNamesOf<T>() where T : DomainEvent =>
        Events.Values.Where(t => t.ClrType == typeof(T)).Select(t => t.Name);

    /// <summary>A compiled getter: the name of every event is asked for on the append path, so no reflection per call.</summary>
    internal static Func<object, object> Getter(Type type, PropertyInfo property)
    {
        var instance = System.Linq.Expressions.Expression.Parameter(typeof(object));
        var body = System.Linq.Expressions.Expression.Convert(
            System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(instance, type), property), typeof(object));
        return System.Linq.Expressions.Expression.Lambda<Func<object, object>>(body, instance).Compile();
    }

    private static void Add(Dictionary<string, WireType> target, WireType type)
    {
        if (!target.TryAdd(type.Name, type))
        {
            throw new InvalidOperationException($"The wire name '{type.Name}' is given to both {target[type.Name].ClrType.Name} and {type.ClrType.Name}.");
        }
    }
}
