using Parley.Evaluation.Errors;

namespace Parley.Evaluation.Transliteration;

/// <summary>The twelve Latin schemes and the two foreign scripts of the georgian profile.</summary>
internal static class Schemes
{
    private static readonly WritingScheme[] Every =
    [
        new("ua-2010", ErrorClass.LatinUa2010, SchemeSource.UkrainianOnly, "schemes/ua-2010.tsv", ""),
        new("bgn-pcgn-uk-1965", ErrorClass.LatinBgnPcgnUk1965, SchemeSource.UkrainianOnly, "schemes/bgn-pcgn-uk-1965.tsv", ""),
        new("icao-9303", ErrorClass.LatinIcao9303, SchemeSource.RussianOnly, "", "schemes/icao-9303.tsv"),
        new("mvd-1997", ErrorClass.LatinMvd1997, SchemeSource.RussianOnly, "", "schemes/mvd-1997.tsv"),
        new("bgn-pcgn-ru", ErrorClass.LatinBgnPcgnRu, SchemeSource.RussianOnly, "", "schemes/bgn-pcgn-ru.tsv"),
        new("gost-7.79-b", ErrorClass.LatinGost779B, SchemeSource.RussianOnly, "", "schemes/gost-7.79-b.tsv"),
        new("iso-9", ErrorClass.LatinIso9, SchemeSource.Either, "schemes/iso-9.tsv", "schemes/iso-9.tsv"),
        new("german", ErrorClass.LatinGerman, SchemeSource.Either, "schemes/german-uk.tsv", "schemes/german-ru.tsv"),
        new("polish", ErrorClass.LatinPolish, SchemeSource.Either, "schemes/polish-uk.tsv", "schemes/polish-ru.tsv"),
        new("french", ErrorClass.LatinFrench, SchemeSource.Either, "schemes/french-uk.tsv", "schemes/french-ru.tsv"),
        new("loc", ErrorClass.LatinLoc, SchemeSource.Either, "schemes/loc-uk.tsv", "schemes/loc-ru.tsv"),
        new("scholarly", ErrorClass.LatinScholarly, SchemeSource.Either, "schemes/scholarly-uk.tsv", "schemes/scholarly-ru.tsv"),
        new("georgian", ErrorClass.ScriptGeorgian, SchemeSource.RussianOnly, "", "schemes/georgian.tsv"),
        new("armenian", ErrorClass.ScriptArmenian, SchemeSource.RussianOnly, "", "schemes/armenian.tsv"),
    ];

    public static IReadOnlyList<WritingScheme> All => Every;

    public static IEnumerable<WritingScheme> Latin => All.Where(scheme => scheme.IsLatin);

    public static WritingScheme ById(string id) =>
        All.FirstOrDefault(scheme => scheme.Id == id) ?? throw new ArgumentException($"unknown scheme '{id}'", nameof(id));

    public static WritingScheme ForClass(ErrorClass errorClass) => All.First(scheme => scheme.Class == errorClass);

    public static SchemeSource Source(ErrorClass errorClass) => ForClass(errorClass).Source;
}
