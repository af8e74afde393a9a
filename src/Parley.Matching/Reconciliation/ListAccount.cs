namespace Parley.Matching.Reconciliation;

/// <summary>
/// What a reconciliation noticed about one list as it read it, so that a list it could do little with says so instead
/// of showing as a low count of matches: the records whose names are in letters the engine cannot read (by script;
/// they are left unmatched), the records that give no date of birth, and the people the list names more than once
/// (groups of record indices, found where two copies met the same record of the other list). Immutable.
/// </summary>
public sealed record ListAccount(
    int Records,
    int UnreadableNames,
    IReadOnlyDictionary<string, int> UnreadableScripts,
    int WithoutDate,
    IReadOnlyList<IReadOnlyList<int>> RepeatedPeople)
{
    /// <summary>The share of records at which a lack is worth a sentence.</summary>
    public const double NoticeableShare = 0.5;

    /// <summary>Sentences for a person, about the list called <paramref name="name"/> ("left", "right"); none if all is well.</summary>
    public IReadOnlyList<string> Warnings(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        var warnings = new List<string>();
        if (UnreadableNames > 0)
        {
            var scripts = string.Join(", ", UnreadableScripts.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value:N0}"));
            warnings.Add(UnreadableNames == Records
                ? $"every name of the {name} list ({Records:N0} records) is in letters the engine cannot read ({scripts}); it reads Cyrillic and Latin, so none of them was matched: transliterate the list first"
                : $"{UnreadableNames:N0} of the {Records:N0} records of the {name} list have names in letters the engine cannot read ({scripts}); they were left unmatched");
        }
        if (Records > 0 && WithoutDate == Records)
        {
            warnings.Add($"no record of the {name} list gives a date of birth: its pairs rest on names alone, so expect more pairs to review and namesakes that look alike");
        }
        else if (Records > 0 && WithoutDate >= NoticeableShare * Records)
        {
            warnings.Add($"{WithoutDate:N0} of the {Records:N0} records of the {name} list give no date of birth: their pairs rest on names alone");
        }
        if (RepeatedPeople.Count > 0)
        {
            var copies = RepeatedPeople.Sum(g => g.Count);
            warnings.Add($"the {name} list names {RepeatedPeople.Count:N0} people more than once ({copies:N0} records, up to {RepeatedPeople.Max(g => g.Count)} times each): each copy was paired with the other list's record");
        }
        return warnings;
    }
}
