using CsCheck;
using Parley.Matching.Transliteration;
using Xunit;

namespace Parley.Matching.Tests.Transliteration;

/// <summary>ISO 9:1995 = GOST 7.79-2000 system A: one-to-one, so both directions are exact.</summary>
public class Iso9Tests
{
    private static readonly TransliterationScheme Scheme = Schemes.Iso9;

    public static TheoryData<string, string> Examples => new()
    {
        { "Щербухи", "Ŝerbuhi" },
        { "Юрий", "Ûrij" },
        { "Ёлка", "Ëlka" },
        { "Жуков", "Žukov" },
        { "Чехов", "Čehov" },
        { "Ґалаґан", "G\u0300alag\u0300an" },
        { "Київ", "Kiïv" },
        { "Подъячев", "Podʺâčev" },
        { "Тернопіль", "Ternopìlʹ" },
        { "Знам'янка", "Znam’ânka" },
        { "Эдуард", "Èduard" },
        { "Євген", "Êvgen" },
        { "Хмельницький", "Hmelʹnicʹkij" },
        { "Россия — священная наша держава", "Rossiâ — svâŝennaâ naša deržava" },
        { "ШЕВЧЕНКО", "ŠEVČENKO" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void romanises_letter_for_letter(string cyrillic, string latin) =>
        Assert.Equal(latin, Scheme.Romanise(cyrillic));

    [Theory]
    [MemberData(nameof(Examples))]
    public void back_maps_to_exactly_the_original(string cyrillic, string latin) =>
        Assert.Equal([cyrillic], Scheme.CyrillicCandidates(latin));

    [Fact]
    public void is_declared_exactly_reversible() =>
        Assert.Equal(Reversibility.Exact, Scheme.Reversibility);

    private const string Lower = "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя";
    private const string Initials = "АБВГҐДЕЁЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ";

    private static readonly Gen<string> Word =
        Gen.Select(Gen.Char[Initials], Gen.String[Gen.Char[Lower + "'"], 0, 12], (first, rest) => first + rest);

    private static readonly Gen<string> Name =
        Gen.Select(Word, Word, Gen.Bool, (a, b, hyphen) => a + (hyphen ? "-" : " ") + b);

    [Fact]
    public void every_generated_name_survives_a_round_trip() =>
        Name.Sample(name => Scheme.CyrillicCandidates(Scheme.Romanise(name)).SequenceEqual([name]), iter: 2000);
}
