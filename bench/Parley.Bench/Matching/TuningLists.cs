using Parley.Matching.Records;

namespace Parley.Bench.Matching;

/// <summary>
/// A tuning set for the combinations of weak errors (issue 10, round 2): `parley synth`'s lists with a second layer of
/// errors put on every right-hand record by rules written here, from the issue's own list of what clerks get wrong —
/// a date of birth left out (a third of the records), and, independently, one of a typo in the given name or the
/// surname, the patronymic left out, or surname and given name swapped. It exists so the matcher can be tuned on
/// combinations without looking at the frozen evaluation (bench/Parley.Evaluation), which is measured after, never
/// tuned against: its seed stream, rules and error rates are its own, and it reads no code of that generator.
/// </summary>
internal static class TuningLists
{
    /// <summary>The share of right-hand records whose date of birth is left out.</summary>
    public const double DateMissingShare = 0.33;

    /// <summary>The share of right-hand records that get one more name error.</summary>
    public const double NameErrorShare = 0.5;

    private const int SeedSalt = 0x7475_6E65;

    /// <summary>`parley synth`'s lists for <paramref name="people"/> and <paramref name="seed"/>, the right list with the second layer of errors.</summary>
    public static LinkageData Generate(int people, int seed)
    {
        var synth = LinkageData.Synth(people, seed);
        var added = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var right = new List<ListRecord>(synth.Right.Count);
        for (var i = 0; i < synth.Right.Count; i++)
        {
            var random = new Random(unchecked((seed * 1_000_003) ^ SeedSalt ^ (i * 7_919)));
            var classes = new List<string>();
            right.Add(Spoil(synth.Right[i], random, classes));
            added[synth.Right[i].Id] = classes;
        }
        IReadOnlyList<TrueLink> truth = [.. synth.Truth.Select(t => t with
        {
            Classes = [.. t.Classes.Concat(added[t.RightId]).Order(StringComparer.Ordinal)],
        })];
        return new("tuning (parley synth + combined errors)", synth.Commit, synth.Left, right, truth);
    }

    private static ListRecord Spoil(ListRecord record, Random random, List<string> classes)
    {
        if (record.DateOfBirth is not null && random.NextDouble() < DateMissingShare)
        {
            record = record with { DateOfBirth = null };
            classes.Add("t:dob-missing");
        }
        if (random.NextDouble() >= NameErrorShare || record.FullName is not null)
        {
            return record;
        }
        switch (random.Next(4))
        {
            case 0 when record.Given is { Length: >= 3 } given:
                classes.Add("t:typo-given");
                return record with { Given = Typo(given, random) };
            case 1 when record.Surname is { Length: >= 3 } surname:
                classes.Add("t:typo-surname");
                return record with { Surname = Typo(surname, random) };
            case 2 when record.Patronymic is not null:
                classes.Add("t:no-patronymic");
                return record with { Patronymic = null };
            case 3:
                classes.Add("t:swapped");
                return record with { Surname = record.Given, Given = record.Surname };
            default:
                return record;
        }
    }

    /// <summary>One edit away: a letter doubled, dropped, replaced by another letter of the word, or two neighbours swapped; never the first letter.</summary>
    private static string Typo(string word, Random random)
    {
        var at = random.Next(1, word.Length);
        var letters = word.ToCharArray().ToList();
        switch (random.Next(4))
        {
            case 0:
                letters.Insert(at, letters[at]);
                break;
            case 1:
                letters.RemoveAt(at);
                break;
            case 2:
                var other = word[random.Next(word.Length)];
                if (other == letters[at])
                {
                    letters.RemoveAt(at);
                }
                else
                {
                    letters[at] = other;
                }
                break;
            default:
                if (at + 1 < letters.Count)
                {
                    (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
                }
                else
                {
                    letters.RemoveAt(at);
                }
                break;
        }
        return new string([.. letters]);
    }
}
