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
        var keys = new List<(BlockingRule, ulong)>(8);
        int? year = record.DateOfBirth?.Year;
        int? month = record.DateOfBirth?.Month;
        int? day = record.DateOfBirth?.Day;
        string given = record.GivenBlock;
        foreach (string surname in record.SurnameKeys)
        {
            if (year is { } y)
            {
                keys.Add((BlockingRule.SurnameYear, Hash(BlockingRule.SurnameYear, surname, y)));
            }
            if (month is { } m && day is { } d)
            {
                keys.Add((BlockingRule.SurnameDayMonth, Hash(BlockingRule.SurnameDayMonth, surname, (Math.Min(m, d) * 100) + Math.Max(m, d))));
            }
            if (given.Length > 0)
            {
                keys.Add((BlockingRule.SurnameGiven, Hash(BlockingRule.SurnameGiven, surname + "|" + given, 0)));
            }
        }
        if (given.Length > 0 && record.DateOfBirth is { IsComplete: true } date)
        {
            keys.Add((BlockingRule.GivenDate, Hash(BlockingRule.GivenDate, given, (date.Year!.Value * 10_000) + (date.Month!.Value * 100) + date.Day!.Value)));
        }
        if (given.Length > 0 && record.Patronymic is { } p && year is { } py)
        {
            keys.Add((BlockingRule.GivenPatronymicYear, Hash(BlockingRule.GivenPatronymicYear, given + "|" + p.FatherId, py)));
        }
        if (record.ServiceNumber.Length > 0)
        {
            keys.Add((BlockingRule.ServiceNumber, Hash(BlockingRule.ServiceNumber, record.ServiceNumber, 0)));
        }
        return keys;
    }

    private static ulong Hash(BlockingRule rule, string text, int number)
    {
        const ulong offset = 14695981039346656037UL, prime = 1099511628211UL;
        ulong h = offset;
        h = (h ^ (ulong)rule) * prime;
        foreach (char c in text)
        {
            h = (h ^ c) * prime;
        }
        h = (h ^ 0xFFFF) * prime;
        h = (h ^ (uint)number) * prime;
        return h;
    }
}
