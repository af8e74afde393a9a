using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Parley.Core.Exchanges;

namespace Parley.Core.Wire;

/// <summary>The JSON settings of the log and the projections: camelCase, NodaTime's ISO formats, enums as words.</summary>
public static class ParleyJson
{
    /// <summary>Serialises every property.</summary>
    public static readonly JsonSerializerOptions Options = Create(publicOnly: false);

    /// <summary>
    /// Leaves out every <see cref="IPersonalData"/> property, so what this writes can go in an event's public part.
    /// </summary>
    public static readonly JsonSerializerOptions PublicOptions = Create(publicOnly: true);

    private static JsonSerializerOptions Create(bool publicOnly)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }
            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                var property = info.Properties[i];
                // "Type" is the event's name, stored beside the payload; personal data goes to the private part.
                if (property.Name == "type" && typeof(Core.Events.DomainEvent).IsAssignableFrom(info.Type))
                {
                    info.Properties.RemoveAt(i);
                }
                else if (publicOnly && typeof(IPersonalData).IsAssignableFrom(property.PropertyType))
                {
                    // Kept (records bind it to a constructor parameter) but never written; decoding fills it from the private part.
                    property.ShouldSerialize = static (_, _) => false;
                }
            }
        });
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }
}
