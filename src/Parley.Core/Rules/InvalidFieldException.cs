namespace Parley.Core.Rules;

/// <summary>A command field that is missing, malformed or out of range; carries the field and the value found.</summary>
public sealed class InvalidFieldException(string field, object? value, string rule)
    : ParleyException($"{field}: {rule}" + (value is null ? "" : $" (found '{value}')"))
{
    public string Field { get; } = field;

    public object? Value { get; } = value;

    public string Rule { get; } = rule;
}
