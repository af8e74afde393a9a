using Parley.Matching.Scoring;

namespace Parley.Matching.Blocking;

/// <summary>
/// The blocking keys of a <see cref="PreparedRecord"/> under every <see cref="BlockingRule"/>, each a 64-bit
/// FNV-1a hash of the rule and its parts (a collision only adds a candidate pair, which scoring rejects).
/// </summary>
public static class BlockingKeys
{
    /// <summary>The record's keys, each with its rule.</summary>
    public static IReadOnlyList<(BlockingRule Rule, ulong Key)> Of(PreparedRecord record)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        var keys = new List<(BlockingRule, ulong)>(12);
        var date = record.DateOfBirth;
        int? year = date?.Year, month = date?.Month, day = date?.Day;
        var full = date is { IsComplete: true } ? (year!.Value * 10_000) + (month!.Value * 100) + day!.Value : 0;
        var given = record.GivenBlock;
        foreach (var surname in record.SurnameKeys)
        {
            if (full != 0)
            {
                keys.Add((BlockingRule.SurnameDate, Hash(BlockingRule.SurnameDate, surname, full)));
            }
            if (given.Length == 0)
            {
                continue;
            }
            var names = surname + "|" + given;
            keys.Add((BlockingRule.SurnameGiven, Hash(BlockingRule.SurnameGiven, names, 0)));
            if (year is { } y)
            {
                keys.Add((BlockingRule.SurnameGivenYear, Hash(BlockingRule.SurnameGivenYear, names, y)));
                if (month is { } m)
                {
                    keys.Add((BlockingRule.SurnameGivenYearMonth, Hash(BlockingRule.SurnameGivenYearMonth, names, (y * 100) + m)));
                }
                if (day is { } d)
                {
                    keys.Add((BlockingRule.SurnameGivenYearDay, Hash(BlockingRule.SurnameGivenYearDay, names, (y * 100) + d)));
                }
            }
            if (month is { } dm && day is { } dd)
            {
                keys.Add((BlockingRule.SurnameGivenDayMonth, Hash(BlockingRule.SurnameGivenDayMonth, names, (Math.Min(dm, dd) * 100) + Math.Max(dm, dd))));
            }
        }
        if (given.Length > 0 && full != 0)
        {
            keys.Add((BlockingRule.GivenDate, Hash(BlockingRule.GivenDate, given, full)));
        }
        if (record.ServiceNumber.Length > 0)
        {
            keys.Add((BlockingRule.ServiceNumber, Hash(BlockingRule.ServiceNumber, record.ServiceNumber, 0)));
        }
        return keys;
    }

    /// <summary>
    /// For the two fallback rules — <see cref="BlockingRule.SurnameGivenYear"/> and <see cref="BlockingRule.SurnameGiven"/>
    /// — whether the record lacks what the sharper rules need (a full date; a year). A record that does not lack it
    /// meets, through a fallback rule, only records that do: the sharper rules already pair it with the rest.
    /// </summary>
    public static bool NeedsFallback(BlockingRule rule, PreparedRecord record) => rule switch
    {
        BlockingRule.SurnameGivenYear => record.DateOfBirth is not { Month: not null, Day: not null },
        BlockingRule.SurnameGiven => record.DateOfBirth?.Year is null,
        _ => true,
    };

    /// <summary>True for the rules whose blocks a well-dated record probes only for records lacking a date.</summary>
    public static bool IsFallback(BlockingRule rule) => rule is BlockingRule.SurnameGivenYear or BlockingRule.SurnameGiven;

    private static ulong Hash(BlockingRule rule, string text, int number)
    {
        const ulong offset = 14695981039346656037UL, prime = 1099511628211UL;
        var h = offset;
        h = (h ^ (ulong)rule) * prime;
        foreach (var c in text)
        {
            h = (h ^ c) * prime;
        }
        h = (h ^ 0xFFFF) * prime;
        h = (h ^ (uint)number) * prime;
        return h;
    }
}
