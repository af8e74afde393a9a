namespace Parley.Audit;

/// <summary>An input file is malformed (a checkpoint, note, key, tile or submission file): names it and says why (exit 2).</summary>
public sealed class MalformedInputException(string location, string problem, Exception? inner = null)
    : Exception($"{location}: {problem}", inner);
