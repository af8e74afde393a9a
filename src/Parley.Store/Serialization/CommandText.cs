using System.Text.Json;
using Parley.Core.Commands;
using Parley.Core.Wire;
using Parley.Store.PublicRecord;

namespace Parley.Store.Serialization;

/// <summary>
/// Reads a command as it arrives in a command file or an API body: any command of docs/commands.md, including a signed
/// submission (whose salt and signature only the store handles).
/// </summary>
public static class CommandText
{
    public static Command Parse(string json) => CommandReader.Parse(json, SignedSubmissions);

    private static Command? SignedSubmissions(string name, JsonElement root) =>
        name == SignedSubmissionReader.CommandName ? SignedSubmissionReader.Parse(root) : null;
}
