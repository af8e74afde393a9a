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

    /// <summary>
    /// A person's id is an opaque key that is public: it must not be a document number that identifies the person. It
    /// is refused when it holds two letters followed by six or more digits (a passport or a service number's series and
    /// number: AB123456) or eight or more digits in a row (an ID card, a tax or personal number). Ids such as
    /// <c>UA-000123</c> or <c>p-000012</c> pass. (Ids that look like a name are refused by the store, which knows names.)
    /// </summary>
    public static string CheckPerson(string? value, string field)
    {
        var id = Check(value, field);
        var letters = 0;
        var digits = 0;
        foreach (var c in id)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                if (digits >= 8 || (digits >= 6 && letters >= 2))
                {
                    throw new InvalidFieldException(field, id, PersonIdRule);
                }
            }
            else
            {
                letters = char.IsAsciiLetter(c) ? (digits > 0 ? 1 : letters + 1) : 0;
                digits = 0;
            }
        }
        return id;
    }

    /// <summary>The rule <see cref="CheckPerson"/> applies, in a sentence.</summary>
    public const string PersonIdRule =
        "a person's id is public and opaque: it must not look like a passport or service number (two letters then six or more digits, or eight or more digits in a row) or a name";
}
