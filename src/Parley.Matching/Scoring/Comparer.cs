using Parley.Matching.Records;
using L = Parley.Matching.Scoring.ComparisonLevels;

namespace Parley.Matching.Scoring;

/// <summary>
/// Compares two <see cref="PreparedRecord"/>s field by field into a <see cref="ComparisonVector"/>: the first
/// level of each field's list (<see cref="ComparisonLevels"/>) that the pair satisfies. Pure and allocation-free.
/// </summary>
public static class Comparer
{
    private const double CloseName = 0.92;
    private const double SimilarName = 0.80;
    private const double CloseWord = 0.88;

    /// <summary>The comparison vector of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static ComparisonVector Compare(PreparedRecord a, PreparedRecord b)
    {
        var packed = (ulong)(byte)Surname(a, b)
            | ((ulong)(byte)Given(a, b) << 8)
            | ((ulong)(byte)Patronymic(a, b) << 16)
            | ((ulong)(byte)Date(a.DateOfBirth, b.DateOfBirth) << 24)
            | ((ulong)(byte)Service(a.ServiceNumber, b.ServiceNumber) << 32)
            | ((ulong)(byte)Plain(a.BirthplaceKey, a.BirthplaceLatin, b.BirthplaceKey, b.BirthplaceLatin) << 40)
            | ((ulong)(byte)Father(a, b) << 48)
            | ((ulong)(byte)Plain(a.MotherKey, a.MotherLatin, b.MotherKey, b.MotherLatin) << 56);
        return new ComparisonVector(packed);
    }

    internal static int Surname(PreparedRecord a, PreparedRecord b)
    {
        if (a.SurnameKeys.Length == 0 || b.SurnameKeys.Length == 0)
        {
            return L.Missing;
        }
        if (a.SurnameLatin == b.SurnameLatin)
        {
            return L.Name.Exact;
        }
        foreach (var x in a.SurnameKeys)
        {
            foreach (var y in b.SurnameKeys)
            {
                if (x == y)
                {
                    return L.Name.Phonetic;
                }
            }
        }
        var jw = Math.Max(
            JaroWinkler.Similarity(a.SurnameLatin, b.SurnameLatin),
            JaroWinkler.Similarity(a.SurnameKeys[0], b.SurnameKeys[0]));
        return jw >= CloseName ? L.Name.Close : jw >= SimilarName ? L.Name.Similar : L.Name.Different;
    }

    internal static int Given(PreparedRecord a, PreparedRecord b)
    {
        if (a.GivenKey.Length == 0 && a.GivenLatin.Length == 0 || b.GivenKey.Length == 0 && b.GivenLatin.Length == 0)
        {
            return L.Missing;
        }
        if (a.GivenId is not null && a.GivenId == b.GivenId || a.GivenLatin == b.GivenLatin)
        {
            return L.Given.Same;
        }
        if (a.GivenKey == b.GivenKey)
        {
            return L.Given.Phonetic;
        }
        return JaroWinkler.Similarity(a.GivenLatin, b.GivenLatin) >= CloseWord ? L.Given.Close : L.Given.Different;
    }

    internal static int Patronymic(PreparedRecord a, PreparedRecord b)
    {
        if (a.PatronymicLatin.Length == 0 || b.PatronymicLatin.Length == 0)
        {
            return L.Missing;
        }
        if (a.Patronymic is { } x && b.Patronymic is { } y)
        {
            if (x == y)
            {
                return L.Patronymic.Same;
            }
            if (x.FatherId == y.FatherId)
            {
                return x.Gender == Names.Gender.Unknown || y.Gender == Names.Gender.Unknown ? L.Patronymic.Same : L.Patronymic.OtherGender;
            }
        }
        if (a.PatronymicLatin == b.PatronymicLatin || a.PatronymicKey == b.PatronymicKey
            || JaroWinkler.Similarity(a.PatronymicLatin, b.PatronymicLatin) >= CloseWord)
        {
            return L.Patronymic.Close;
        }
        return L.Patronymic.Different;
    }

    internal static int Date(PartialDate? left, PartialDate? right)
    {
        if (left is not { } a || right is not { } b || a.Year is null || b.Year is null)
        {
            return L.Missing;
        }
        if (a.IsComplete && b.IsComplete)
        {
            int ay = a.Year.Value, am = a.Month!.Value, ad = a.Day!.Value;
            int by = b.Year.Value, bm = b.Month!.Value, bd = b.Day!.Value;
            if (ay == by && am == bm && ad == bd)
            {
                return L.Date.Exact;
            }
            if (ay == by && am == bd && ad == bm)
            {
                return L.Date.Swapped;
            }
            var digits = DigitDifferences(ay, by, 4) + DigitDifferences(am, bm, 2) + DigitDifferences(ad, bd, 2);
            if (digits == 1)
            {
                return L.Date.OneDigit;
            }
            var agreeing = (ay == by ? 1 : 0) + (am == bm ? 1 : 0) + (ad == bd ? 1 : 0);
            var offByOne = Math.Abs(ay - by) == 1 || Math.Abs(am - bm) == 1 || Math.Abs(ad - bd) == 1;
            return agreeing == 2 && offByOne ? L.Date.OnePartClose : L.Date.Different;
        }
        var yearAgrees = a.Year == b.Year;
        var monthAgrees = a.Month is null || b.Month is null || a.Month == b.Month;
        var dayAgrees = a.Day is null || b.Day is null || a.Day == b.Day;
        return yearAgrees && monthAgrees && dayAgrees ? L.Date.Partial : L.Date.Different;
    }

    internal static int Service(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return L.Missing;
        }
        if (a == b)
        {
            return L.Service.Exact;
        }
        return WithinOneEdit(a, b) ? L.Service.OneEdit : L.Service.Different;
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

    internal static int Father(PreparedRecord a, PreparedRecord b)
    {
        // An explicit father column on one side at least; the other side may answer with its patronymic.
        bool aExplicit = a.FatherKey.Length > 0, bExplicit = b.FatherKey.Length > 0;
        if (!aExplicit && !bExplicit)
        {
            return L.Missing;
        }
        var aId = aExplicit ? a.FatherId : a.Patronymic?.FatherId;
        var bId = bExplicit ? b.FatherId : b.Patronymic?.FatherId;
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

    private static int DigitDifferences(int a, int b, int width)
    {
        var n = 0;
        for (var i = 0; i < width; i++)
        {
            if (a % 10 != b % 10)
            {
                n++;
            }
            a /= 10;
            b /= 10;
        }
        return n;
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
