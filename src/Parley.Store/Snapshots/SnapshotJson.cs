using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Parley.Store.Snapshots.Contract;

namespace Parley.Store.Snapshots;

/// <summary>
/// The JSON of snapshot format 2 and of its parts, generated at build time (no reflection at start-up, where the snapshot is read).
/// Enums are written by name, so a renumbered enum cannot be misread; a renamed one fails to read, and the log is replayed.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(StateSnapshotV2))]
[JsonSerializable(typeof(ExchangeListsV2))]
[JsonSerializable(typeof(ExchangeMatchingV1))]
internal sealed partial class SnapshotJson : JsonSerializerContext
{
    /// <summary>
    /// The contract with text written as it is (UTF-8), not escaped: names in Cyrillic take a third of the bytes, and
    /// the snapshot is read by Parley alone, never embedded in HTML.
    /// </summary>
    public static JsonTypeInfo<StateSnapshotV2> Snapshot => Unescaped.Snapshot;

    /// <summary>An exchange's lists, a part of their own (<see cref="SnapshotParts"/>).</summary>
    public static JsonTypeInfo<ExchangeListsV2> Lists => Unescaped.Lists;

    /// <summary>An exchange's matching, a part of its own (<see cref="SnapshotParts"/>).</summary>
    public static JsonTypeInfo<ExchangeMatchingV1> Matching => Unescaped.Matching;

    // In a class of its own: the generated context's static fields are not yet set while its own initialisers run.
    private static class Unescaped
    {
        private static readonly JsonSerializerOptions Options = new(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static readonly JsonTypeInfo<StateSnapshotV2> Snapshot = (JsonTypeInfo<StateSnapshotV2>)Options.GetTypeInfo(typeof(StateSnapshotV2));

        public static readonly JsonTypeInfo<ExchangeListsV2> Lists = (JsonTypeInfo<ExchangeListsV2>)Options.GetTypeInfo(typeof(ExchangeListsV2));

        public static readonly JsonTypeInfo<ExchangeMatchingV1> Matching = (JsonTypeInfo<ExchangeMatchingV1>)Options.GetTypeInfo(typeof(ExchangeMatchingV1));
    }
}
