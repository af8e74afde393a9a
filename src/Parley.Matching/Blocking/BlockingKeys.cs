using Parley.Matching.Scoring;

namespace Parley.Matching.Blocking;

/// <summary>
/// The blocking keys of a <see cref="PreparedRecord"/> under every <see cref="BlockingRule"/>: 64-bit keys made of the
/// record's <see cref="BlockingTokens"/>, the rule in the low byte; a record with a rarely spelt name also has the
/// name keys of its <see cref="SpellingNeighbours"/>, both when it is indexed and when it probes.
/// </summary>
public static class BlockingKeys
{
    /// <summary>The record's own keys, each with its rule (for tests and tools; the index uses <see cref="Write(PreparedRecord, List{ulong}, SpellingNeighbours?)"/>).</summary>
    public static IReadOnlyList<(BlockingRule Rule, ulong Key)> Of(PreparedRecord record)
    {
        var keys = new List<ulong>(64);
        Write(record, keys);
        return [.. keys.Distinct().Select(k => (BlockingTokens.RuleOf(k), k))];
    }

    /// <summary>
    /// Appends the record's keys to <paramref name="into"/> (a key may repeat); with <paramref name="neighbours"/>, also
    /// the name keys its surname and given name would have if a rare spelling of them were spelt as a neighbour.
    /// </summary>
    public static void Write(PreparedRecord record, List<ulong> into, SpellingNeighbours? neighbours = null) =>
        Write(record, into, neighbours, probing: false);

    /// <summary>
    /// As <see cref="Write(PreparedRecord, List{ulong}, SpellingNeighbours?)"/>, for the index's records or (with
    /// <paramref name="probing"/>) for a record looking for its candidates: the one-edit name keys pair a record with no
    /// full date with every record, and two records that both give one never (<see cref="BlockingRule.NameNearUndated"/>).
    /// </summary>
    internal static void Write(PreparedRecord record, List<ulong> into, SpellingNeighbours? neighbours, bool probing)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        Preconditions.CheckNotNull(into, nameof(into));
        if (record.NameUnreadable)
        {
            // A name in letters the engine cannot read is counted as unreadable (ListAccount), not matched on its date.
            return;
        }
        var surname = record.Surname.Tokens;
        var given = record.Given.Tokens;
        var date = record.DateOfBirth;
        int? year = date?.Year, month = date?.Month, day = date?.Day;
        var full = date is { IsComplete: true } ? (year!.Value * 10_000L) + (month!.Value * 100) + day!.Value : 0;
        var father = record.FatherTokens;
        var nearSurname = neighbours?.TokensOf(record.Surname) ?? [];
        var nearGiven = neighbours?.TokensOf(record.Given) ?? [];
        var primary = true;
        foreach (var s in surname.Length + nearSurname.Length == surname.Length ? surname : [.. surname, .. nearSurname])
        {
            foreach (var g in given.Length + nearGiven.Length == given.Length ? given : [.. given, .. nearGiven])
            {
                var names = s <= g ? BlockingTokens.Pair(s, g) : BlockingTokens.Pair(g, s);
                into.Add(BlockingTokens.Key(BlockingRule.Names, names));
                if (!primary)
                {
                    continue;
                }
                // The narrower rules only stand in for a name block too large to keep, a common name: its first surname
                // key and given-name id are the ones both lists share.
                primary = false;
                if (father.Length > 0)
                {
                    into.Add(BlockingTokens.Key(BlockingRule.NamesPatronymic, names, father[0]));
                }
                if (year is { } y)
                {
                    into.Add(BlockingTokens.Key(BlockingRule.NamesYear, names, BlockingTokens.Of(y, 'y')));
                    if (month is { } m)
                    {
                        into.Add(BlockingTokens.Key(BlockingRule.NamesYearMonth, names, BlockingTokens.Of((y * 100) + m, 'm')));
                    }
                    if (day is { } d)
                    {
                        into.Add(BlockingTokens.Key(BlockingRule.NamesYearDay, names, BlockingTokens.Of((y * 100) + d, 'd')));
                    }
                }
                if (month is { } dm && day is { } dd)
                {
                    into.Add(BlockingTokens.Key(BlockingRule.NamesDayMonth, names, BlockingTokens.DayMonth(dm, dd)));
                }
            }
        }
        if (full != 0)
        {
            var fullDate = BlockingTokens.Of(full, 'D');
            foreach (var s in surname)
            {
                into.Add(BlockingTokens.Key(BlockingRule.SurnameDate, s, fullDate));
            }
        }
        // A known given name with the patronymic would block half a list together (Олександр Олександрович): the rule
        // takes the surname, and the given-name column's word only when it is no given name (a surname read in swapped order).
        // A known given name with the patronymic would block half a list together (Олександр Олександрович): the rule
        // takes the surname, and the given-name column's word only when it is no given name (a surname read in swapped
        // order); a known given name goes with the patronymic and the surname's first sound.
        foreach (var word in record.Given.GivenIdIsExact ? surname : surname.Concat(given))
        {
            foreach (var f in father)
            {
                into.Add(BlockingTokens.Key(BlockingRule.NamePatronymic, word, f));
            }
        }
        if (record.Given.GivenIdIsExact && father.Length > 0)
        {
            foreach (var initial in record.Surname.Keys.Select(k => k[0]).Distinct())
            {
                var initialToken = BlockingTokens.Of(initial, 'i');
                foreach (var g in given)
                {
                    foreach (var f in father)
                    {
                        into.Add(BlockingTokens.Key(BlockingRule.GivenPatronymicInitial, BlockingTokens.Pair(g, f), initialToken));
                    }
                }
            }
        }
        if (full != 0)
        {
            var fullDate = BlockingTokens.Of(full, 'D');
            foreach (var g in given)
            {
                into.Add(BlockingTokens.Key(BlockingRule.GivenDate, g, fullDate));
            }
            foreach (var f in father)
            {
                into.Add(BlockingTokens.Key(BlockingRule.PatronymicDate, f, fullDate));
            }
        }
        if (record.ServiceDigits.Length >= 4)
        {
            into.Add(BlockingTokens.Key(BlockingRule.ServiceNumber, BlockingTokens.Of(record.ServiceDigits, '#')));
        }
        // The one-edit name keys and the date-and-initials keys come last: a probe tells the candidates only they find
        // (CandidateIndex) by their place.
        if (full != 0)
        {
            WriteDateInitials(record, year!.Value, month!.Value, day!.Value, into);
        }
        WriteDatePartKeys(record, year, month, day, into);
        if (surname.Length > 0 && given.Length > 0)
        {
            if (!probing)
            {
                WriteNear(record, into, full == 0 ? BlockingRule.NameNearUndated : BlockingRule.NameNearDated);
            }
            else
            {
                WriteNear(record, into, BlockingRule.NameNearUndated);
                if (full == 0)
                {
                    WriteNear(record, into, BlockingRule.NameNearDated);
                }
            }
            // Between records that both give a date: the same year (a day or month wrong, a date given in part), or the same
            // day and month in either order (a year wrong).
            if (year is { } nearYear)
            {
                WriteNear(record, into, BlockingRule.NameNearDate, BlockingTokens.Of(nearYear, 'y'));
            }
            if (month is { } nearMonth && day is { } nearDay)
            {
                WriteNear(record, into, BlockingRule.NameNearDate, BlockingTokens.DayMonth(nearMonth, nearDay));
            }
        }
    }

    /// <summary>
    /// The full date, day and month in either order, with each pair of first sounds of the surname's and the given name's
    /// phonetic keys, in either order (<see cref="BlockingRule.DateInitials"/>).
    /// </summary>
    private static void WriteDateInitials(PreparedRecord record, int year, int month, int day, List<ulong> into)
    {
        if (record.Surname.Keys.Length == 0 || record.Given.Keys.Length == 0)
        {
            return;
        }
        var date = BlockingTokens.Of((year * 10_000L) + (Math.Min(month, day) * 100) + Math.Max(month, day), 'S');
        foreach (var s in record.Surname.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct())
        {
            foreach (var g in record.Given.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct())
            {
                var initials = BlockingTokens.Of((Math.Min(s, g) * 65_536L) + Math.Max(s, g), 'I');
                into.Add(BlockingTokens.Key(BlockingRule.DateInitials, date, initials));
            }
        }
    }

    /// <summary>
    /// The parts of the date that a wrong day or year leaves (year and month, day and month in either order), each
    /// with the first sounds of the surname and the given name (<see cref="BlockingRule.DatePartInitials"/>), and the
    /// year or the day and month with the patronymic's father and either name part (<see cref="BlockingRule.FatherNameDatePart"/>).
    /// </summary>
    private static void WriteDatePartKeys(PreparedRecord record, int? year, int? month, int? day, List<ulong> into)
    {
        // A wrong month is the rarest of the three (no true pair of the evaluation lists needed year and day), and the
        // key would add a tenth to the candidates: the year and month, and the day and month.
        Span<ulong> parts = stackalloc ulong[2];
        var count = 0;
        if (year is { } y && month is { } m)
        {
            parts[count++] = BlockingTokens.Of((y * 100) + m, 'm');
        }
        if (month is { } sm && day is { } sd)
        {
            parts[count++] = BlockingTokens.DayMonth(sm, sd);
        }
        if (count > 0 && record.Surname.Keys.Length > 0 && record.Given.Keys.Length > 0)
        {
            foreach (var s in record.Surname.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct())
            {
                foreach (var g in record.Given.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct())
                {
                    var initials = BlockingTokens.Of((Math.Min(s, g) * 65_536L) + Math.Max(s, g), 'I');
                    for (var k = 0; k < count; k++)
                    {
                        into.Add(BlockingTokens.Key(BlockingRule.DatePartInitials, parts[k], initials));
                    }
                }
            }
        }
        // The year alone, and the day and month: one wrong part of three leaves one of them.
        Span<ulong> coarse = stackalloc ulong[2];
        var coarseCount = 0;
        if (year.HasValue)
        {
            coarse[coarseCount++] = BlockingTokens.Of(year.Value, 'y');
        }
        if (month.HasValue && day.HasValue)
        {
            coarse[coarseCount++] = BlockingTokens.DayMonth(month.Value, day.Value);
        }
        // The surname as read with the year, or the day and month: the given name misspelt past one edit (or a
        // diminutive the lexicon does not know) while the date is wrong in one part or given in part.
        if (record.Surname.Tokens.Length > 0)
        {
            for (var k = 0; k < coarseCount; k++)
            {
                into.Add(BlockingTokens.Key(BlockingRule.SurnameDatePart, record.Surname.Tokens[0], coarse[k]));
            }
        }
        var father = record.FatherTokens;
        if (father.Length == 0)
        {
            return;
        }
        foreach (var name in record.Surname.Tokens.Concat(record.Given.Tokens))
        {
            for (var k = 0; k < coarseCount; k++)
            {
                into.Add(BlockingTokens.Key(BlockingRule.FatherNameDatePart, BlockingTokens.Pair(name, father[0]), coarse[k]));
            }
        }
        // Both names misspelt (or one a diminutive, the other misspelt) with the date wrong in one part or given in part:
        // the father and the surname's first sound stand in for the names.
        foreach (var initial in record.Surname.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct())
        {
            var pair = BlockingTokens.Pair(father[0], BlockingTokens.Of(initial, 'i'));
            for (var k = 0; k < coarseCount; k++)
            {
                into.Add(BlockingTokens.Key(BlockingRule.FatherDatePartInitial, pair, coarse[k]));
            }
        }
    }

    /// <summary>
    /// The first surname token with each one-deletion form of the given name's first phonetic key, and the first given-name
    /// token (its id, when known) with each of the surname's: two records share one when one name part agrees and the
    /// other is within one edit.
    /// </summary>
    private static void WriteNear(PreparedRecord record, List<ulong> into, BlockingRule rule, ulong date = 0)
    {
        var surnameToken = record.Surname.Tokens[0];
        var givenToken = record.Given.Tokens[0];
        if (record.Given.Keys.Length > 0)
        {
            foreach (var deletion in BlockingTokens.DeletionNeighbourhood(record.Given.Keys[0]))
            {
                into.Add(BlockingTokens.Key(rule, surnameToken, BlockingTokens.Of(deletion, '-') ^ date));
            }
        }
        if (record.Surname.Keys.Length > 0)
        {
            foreach (var deletion in BlockingTokens.DeletionNeighbourhood(record.Surname.Keys[0]))
            {
                into.Add(BlockingTokens.Key(rule, givenToken, BlockingTokens.Of(deletion, '-') ^ date));
            }
        }
    }
}

