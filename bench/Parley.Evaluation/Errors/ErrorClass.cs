namespace Parley.Evaluation.Errors;

/// <summary>
/// The differences a truth pair can carry (ERROR-MODEL.md, "Classes"), in the order they are written
/// in truth.csv. The numeric values are bit positions in <see cref="ClassSet"/>.
/// </summary>
internal enum ErrorClass
{
    DobOneDigit,
    DobDayOff,
    DobDayMonthSwapped,
    DobYearOff,
    DobMissing,
    DobPartial,
    DobPlaceholder,
    NoPatronymic,
    SwappedOrder,
    TypoSurname,
    TypoGiven,
    Caps,
    Declined,
    HyphenOrDoubleSurname,
    NameInOneColumn,
    Diminutive,
    ServiceNumberFormat,
    RuForm,
    LetterMapped,
    LatinUa2010,
    LatinBgnPcgnUk1965,
    LatinIcao9303,
    LatinMvd1997,
    LatinBgnPcgnRu,
    LatinGost779B,
    LatinIso9,
    LatinGerman,
    LatinPolish,
    LatinFrench,
    LatinLoc,
    LatinScholarly,
    ScriptGeorgian,
    ScriptArmenian,
}
