using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Parley.Core.Exchanges;

namespace Parley.Core.Wire;

// Converters for the values of command files (docs/commands.md, "Values"). They read what CommandValidator has
// already checked, so their own errors only guard against a caller that skips the validator; they write the
// canonical form.

internal sealed class CommandDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CommandValues.Date(reader.GetString() ?? "") ?? throw new JsonException(CommandValues.DateExpected);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NodaTime.Text.LocalDatePattern.Iso.Format(value));
}

internal sealed class CommandDateTimeConverter : JsonConverter<LocalDateTime>
{
    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CommandValues.DateTime(reader.GetString() ?? "") ?? throw new JsonException(CommandValues.DateTimeExpected);

    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss").Format(value));
}

internal sealed class CommandInstantConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CommandValues.Instant(reader.GetString() ?? "") ?? throw new JsonException(CommandValues.InstantExpected);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:sso<G>").Format(value.WithOffset(Offset.Zero)));
}

/// <summary>A side is written <c>A</c> or <c>B</c> (lower case is accepted).</summary>
internal sealed class SideConverter : JsonConverter<Side>
{
    public override Side Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString() switch
    {
        "A" or "a" => Side.A,
        "B" or "b" => Side.B,
        var other => throw new JsonException($"expected A or B, found '{other}'"),
    };

    public override void Write(Utf8JsonWriter writer, Side value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>A name is either a string (the name as written) or an object with its parts.</summary>
internal sealed class PersonNameConverter : JsonConverter<PersonName>
{
    public override PersonName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new PersonName(reader.GetString()!);
        }
        using var document = JsonDocument.ParseValue(ref reader);
        var o = document.RootElement;
        string? Part(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new PersonName(Part("text") ?? throw new JsonException("a name needs its text"), Part("surname"), Part("given"), Part("patronymic"));
    }

    public override void Write(Utf8JsonWriter writer, PersonName value, JsonSerializerOptions options)
    {
        if (value.Surname is null && value.Given is null && value.Patronymic is null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("text", value.Text);
        WriteIf(writer, "surname", value.Surname);
        WriteIf(writer, "given", value.Given);
        WriteIf(writer, "patronymic", value.Patronymic);
        writer.WriteEndObject();
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
