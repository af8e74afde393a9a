using Parley.Matching.Records;

namespace Parley.Import;

/// <summary>
/// The records of one list file, in file order, with what was detected about the file: the text
/// encoding (<c>utf-8</c>, <c>utf-8-bom</c>, <c>windows-1251</c>, <c>utf-16</c>, or the name given to
/// override detection; <c>xlsx</c> for a workbook) and the format (<c>csv</c> or <c>xlsx</c>). Immutable.
/// </summary>
public sealed record ImportedList(IReadOnlyList<ListRecord> Records, string DetectedEncoding, string Format);
