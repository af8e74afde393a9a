using Parley.Matching.Ranks;
using L = Parley.Matching.Scoring.ComparisonLevels;

namespace Parley.Matching.Scoring;

/// <summary>
/// Compares two <see cref="PreparedRecord"/>s field by field into a <see cref="ComparisonVector"/>: for each field the
/// first of its levels (<see cref="ComparisonLevels"/>) that the pair satisfies. The surname and given name are also
/// compared crosswise, and the crosswise reading is taken when it agrees better (a name written in swapped order that
/// preparation could not tell). Pure.
/// </summary>
public static partial class Comparer
{
    /// <summary>The comparison vector of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static ComparisonVector Compare(PreparedRecord a, PreparedRecord b)
    {
        int surname = Surname(a.Surname, b.Surname), given = Given(a.Given, b.Given);
        if (IsWeak(surname, L.Surname.Close) && IsWeak(given, L.Given.Close) && !a.Given.IsMissing && !b.Given.IsMissing)
        {
            // Crosswise: one name agreeing outright and the other at least close (a typo on top of the swap).
            int crossSurname = Surname(a.Surname, b.Given), crossGiven = Given(a.Given, b.Surname);
            var strong = !IsWeak(crossSurname, L.Surname.Close) || !IsWeak(crossGiven, L.Given.Close);
            var neitherDifferent = crossSurname is not (L.Missing or L.Surname.Similar or L.Surname.Different)
                && crossGiven is not (L.Missing or L.Given.Initial or L.Given.Different);
            // Or one name agreeing crosswise where neither agrees as written: a swap with a typo past reading in the
            // other name (Jznna Martyniouk for Мартинюк Жанна) agrees better crosswise, if only in one name.
            var onlyCrosswise = strong && surname is L.Missing or L.Surname.Different && given is L.Missing or L.Given.Different;
            if ((strong && neitherDifferent) || onlyCrosswise)
            {
                (surname, given) = (crossSurname, crossGiven);
            }
        }
        var patronymic = Patronymic(a.Patronymic, b.Patronymic);
        return ComparisonVector.Of(
            surname,
            given,
            patronymic,
            Date(a.DateOfBirth, b.DateOfBirth),
            Service(a, b),
            Plain(a.BirthplaceKey, a.BirthplaceLatin, b.BirthplaceKey, b.BirthplaceLatin),
            Father(a, b),
            Plain(a.MotherKey, a.MotherLatin, b.MotherKey, b.MotherLatin),
            Rank(a, b));
    }

    /// <summary>True for a level that is missing or no better than <paramref name="atMost"/> (a typo at best).</summary>
    private static bool IsWeak(int level, int atMost) => level == L.Missing || level >= atMost;

    internal static int Service(PreparedRecord a, PreparedRecord b)
    {
        if (a.ServiceDigits.Length == 0 && a.ServiceSeries.Length == 0 || b.ServiceDigits.Length == 0 && b.ServiceSeries.Length == 0)
        {
            return L.Missing;
        }
        if (a.ServiceDigits == b.ServiceDigits)
        {
            return a.ServiceSeries == b.ServiceSeries ? L.Service.Exact : L.Service.SameDigits;
        }
        return a.ServiceDigits.Length >= 4 && WithinOneEdit(a.ServiceDigits, b.ServiceDigits) ? L.Service.OneEdit : L.Service.Different;
    }

    internal static int Plain(string aKey, string aLatin, string bKey, string bLatin)
    {
        if (aLatin.Length == 0 || bLatin.Length == 0)
        {
            return L.Missing;
        }
        if (aLatin == bLatin || aKey.Length > 0 && aKey == bKey)
        {
            return L.Plain.Same;
        }
        return JaroWinkler.Similarity(aLatin, bLatin) >= CloseWord ? L.Plain.Close : L.Plain.Different;
    }

    /// <summary>
    /// The father's name: from a father column on one side at least, answered by the other side's father column or
    /// patronymic. When both sides give a patronymic the patronymic has already compared the father's name, and
    /// counting it again would weigh one fact twice (brothers and sisters share it), so the field is missing then.
    /// </summary>
    internal static int Father(PreparedRecord a, PreparedRecord b)
    {
        bool aExplicit = a.FatherKey.Length > 0, bExplicit = b.FatherKey.Length > 0;
        if (!aExplicit && !bExplicit || !a.Patronymic.IsMissing && !b.Patronymic.IsMissing)
        {
            return L.Missing;
        }
        var aId = aExplicit ? a.FatherId : a.Patronymic.Patronymic?.FatherId;
        var bId = bExplicit ? b.FatherId : b.Patronymic.Patronymic?.FatherId;
        if (aId is not null && bId is not null)
        {
            return aId == bId ? L.Plain.Same : L.Plain.Different;
        }
        if (aExplicit && bExplicit)
        {
            return a.FatherKey == b.FatherKey ? L.Plain.Close : L.Plain.Different;
        }
        return L.Missing;
    }

    /// <summary>
    /// The military rank, by grade in any language (солдат = рядовой = private): the same grade, one grade apart (a
    /// promotion between the two records, or a neighbouring rank's translation), or further apart. A rank the table
    /// does not know compares only as the same spelling; otherwise it is missing.
    /// </summary>
    internal static int Rank(PreparedRecord a, PreparedRecord b)
    {
        if (a.RankKey.Length == 0 || b.RankKey.Length == 0)
        {
            return L.Missing;
        }
        if (a.RankKey == b.RankKey || MilitaryRanks.Same(a.RankGrades, b.RankGrades))
        {
            return L.Plain.Same;
        }
        if (a.RankGrades == 0 || b.RankGrades == 0)
        {
            return L.Missing;
        }
        return MilitaryRanks.Adjacent(a.RankGrades, b.RankGrades) ? L.Plain.Close : L.Plain.Different;
    }

    /// <summary>True if one character added, dropped, changed, or two adjacent transposed turns a into b.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        if (i == a.Length && i == b.Length)
        {
            return true;
        }
        if (a.Length == b.Length)
        {
            if (a[(i + 1)..].SequenceEqual(b[(i + 1)..]))
            {
                return true;
            }
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]);
        }
        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }
}
