using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Parley.Store.Snapshots.Contract;

namespace Parley.Store.Snapshots;

/// <summary>
/// The JSON of snapshot format 1, generated at build time (no reflection at start-up, where the snapshot is read).
/// Enums are written by name, so a renumbered enum cannot be misread; a renamed one fails to read, and the log is replayed.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(StateSnapshotV1))]
internal sealed partial class SnapshotJson : JsonSerializerContext
{
    /// <summary>
    /// The contract with text written as it is (UTF-8), not escaped: names in Cyrillic take a third of the bytes, and
    /// the snapshot is read by Parley alone, never embedded in HTML.
    /// </summary>
    public static JsonTypeInfo<StateSnapshotV1> Snapshot => Unescaped.TypeInfo;

    // In a class of its own: the generated context's static fields are not yet set while its own initialisers run.
    private static class Unescaped
    {
        public static readonly JsonTypeInfo<StateSnapshotV1> TypeInfo = (JsonTypeInfo<StateSnapshotV1>)
            new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.GetTypeInfo(typeof(StateSnapshotV1));
    }
}
