using Parley.Core.Rules;

namespace Parley.Core;

/// <summary>
/// Identifiers are short opaque keys chosen by whoever records a thing ("r1", "may-2025", "UA-000123").
/// They appear in the public record, so they must never be personal data such as a name or a service number.
/// </summary>
public static class Ids
{
    public const int MaxLength = 64;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }
        return true;
    }

    public static string Check(string? value, string field)
    {
        if (!IsValid(value))
        {
            throw new InvalidFieldException(field, value,
                $"an id is 1 to {MaxLength} ASCII letters, digits, '-', '_', '.' or ':'");
        }
        return value!;
    }
}
