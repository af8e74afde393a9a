using Parley.Core.Commands;
using Parley.Core.Wire;
using Parley.Ledger.Records;

namespace Parley.Store.PublicRecord;

/// <summary>
/// Reads the apply-file line of a signed submission (docs/public-record.md §8, docs/commands.md):
/// <c>{"command":"signed-submission","exchange":…,"party":…,"officer":…,"counter":N,"origin":…,"notAfter":"…Z","submission":"&lt;command JSON as a string&gt;","salt":"base64","signature":"base64"}</c>;
/// <c>origin</c> and <c>notAfter</c> make it a <c>parley-submission/v2</c> (both or neither).
/// </summary>
internal static class SignedSubmissionReader
{
    public static readonly string CommandName = SignedSubmission.CommandName;

    public static SignedSubmission Parse(System.Text.Json.JsonElement root)
    {
        var f = JsonFields.Of(root);
        var text = f.String("submission");
        Command inner;
        try
        {
            inner = CommandReader.Parse(text);
        }
        catch (CommandFormatException e)
        {
            throw new CommandFormatException($"field 'submission': {e.Message}", "submission");
        }
        var counter = f.Int("counter");
        if (counter < 1)
        {
            throw new CommandFormatException($"field 'counter': must be at least 1; found {counter}", "counter");
        }
        var origin = f.OptionalString("origin");
        var notAfter = f.OptionalInstant("notAfter");
        if ((origin is null) != (notAfter is null))
        {
            var missing = origin is null ? "origin" : "notAfter";
            throw new CommandFormatException($"field '{missing}': a parley-submission/v2 has both 'origin' and 'notAfter'", missing);
        }
        var salt = Base64(f, "salt", Commitment.SaltSize);
        var signature = Base64(f, "signature", 4 + LeafSignature.SignatureSize);
        var keyId = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(signature);
        var submission = new SignedSubmission(
            new SubmitSigned(f.String("exchange"), f.String("party"), f.String("officer"), counter, text, inner, origin, notAfter),
            salt,
            new LeafSignature(keyId, signature.AsSpan(4)));
        f.String(CommandReader.CommandField);
        f.RejectUnknown();
        return submission;
    }

    private static byte[] Base64(JsonFields f, string field, int length)
    {
        var text = f.String(field);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new CommandFormatException($"field '{field}': not valid base64", field);
        }
        return bytes.Length == length
            ? bytes
            : throw new CommandFormatException($"field '{field}': must decode to {length} bytes; found {bytes.Length}", field);
    }
}
