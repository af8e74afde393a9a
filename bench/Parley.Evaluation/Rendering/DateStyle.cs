namespace Parley.Evaluation.Rendering;

/// <summary>How a clerk writes a date (all of them read by docs/lists.md).</summary>
internal enum DateStyle
{
    /// <summary>23.05.1990</summary>
    Dotted,

    /// <summary>3.5.1990</summary>
    DottedShort,

    /// <summary>1990-05-23</summary>
    Iso,

    /// <summary>1990-05-23 00:00:00, as spreadsheets export</summary>
    IsoWithTime,

    /// <summary>23/05/1990</summary>
    Slashed,
}
