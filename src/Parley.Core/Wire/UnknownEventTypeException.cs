namespace Parley.Core.Wire;

/// <summary>A log row whose type this version of Parley does not know: the log is newer than the program, or damaged.</summary>
public sealed class UnknownEventTypeException(string type)
    : Exception($"the log holds an event of type '{type}', which this version of Parley does not know; upgrade Parley or check the database")
{
    public string EventType { get; } = type;
}
